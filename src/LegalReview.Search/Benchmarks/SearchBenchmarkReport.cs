namespace LegalReview.Search.Benchmarks;

/// <summary>
/// Lucene and SQLite FTS5 side by side on the same synthetic provisions and queries. <see cref="Lucene"/> and
/// <see cref="Fts5"/> do the same work (top 20 + total count; Lucene also builds snippets);
/// <see cref="LuceneWithFacets"/> adds the facet counts of the search page.
/// <see cref="P95Speedup"/> = FTS5 p95 / Lucene p95 (above 1: Lucene is faster).
/// <see cref="LucenePeakWorkingSetBytes"/> is the process's peak after the Lucene phase (build, merge, queries), which
/// runs before FTS5 is opened; <see cref="PeakWorkingSetBytes"/> is the peak of the whole run.
/// </summary>
public sealed record SearchBenchmarkReport(
    int Provisions,
    int Queries,
    EngineFigures Lucene,
    EngineFigures Fts5,
    EngineFigures LuceneWithFacets,
    long LucenePeakWorkingSetBytes,
    long PeakWorkingSetBytes)
{
    public double P95Speedup => Lucene.Latency.P95 <= 0 ? 0 : Fts5.Latency.P95 / Lucene.Latency.P95;
}
