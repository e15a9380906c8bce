namespace LegalReview.Search.Benchmarks;

/// <summary>Size and shape of a search benchmark run. Same options and sentences give the same corpus and queries.</summary>
/// <param name="WorkDirectory">Scratch folder for the Lucene index and the SQLite file (emptied first).</param>
/// <param name="ReuseIndexes">Keep the indexes in <paramref name="WorkDirectory"/> and reuse them when a previous
/// run with the same corpus options built them there: only the queries are measured again (index time shows 0).</param>
public sealed record SearchBenchmarkOptions(
    string WorkDirectory,
    int Provisions = 1_000_000,
    int ProvisionsPerDocument = 200,
    int QueriesPerKind = 100,
    int Seed = 20_191_120,
    bool ReuseIndexes = false);
