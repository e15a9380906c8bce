namespace LegalReview.Search.Benchmarks;

/// <summary>Size and shape of a search benchmark run. Same options and sentences give the same corpus and queries.</summary>
/// <param name="WorkDirectory">Scratch folder for the Lucene index and the SQLite file (emptied first).</param>
public sealed record SearchBenchmarkOptions(
    string WorkDirectory,
    int Provisions = 1_000_000,
    int ProvisionsPerDocument = 200,
    int QueriesPerKind = 100,
    int Seed = 20_191_120);
