namespace LegalReview.Data.Crawling;

/// <summary>What one call of <see cref="CrawlRunner.RunAsync"/> did (counters are for the whole run, across resumptions).</summary>
/// <param name="SourceId">The source crawled.</param>
/// <param name="RunId">The run (resumed or new).</param>
/// <param name="Finished">False when stopped by --max or cancellation: the next call resumes.</param>
/// <param name="Fetched">Pages/files fetched.</param>
/// <param name="New">New documents yielded by the crawler.</param>
/// <param name="Changed">Changed documents yielded.</param>
/// <param name="Unchanged">Documents skipped as unchanged.</param>
/// <param name="Failed">Frontier items given up on (see <see cref="Faults"/>).</param>
/// <param name="Stored">Documents or versions the ingestion wrote.</param>
/// <param name="Rejected">Yielded documents the importer refused.</param>
/// <param name="Faults">Fault count of the run.</param>
/// <param name="UnhealthyReason">Set when the health rule flagged the run (an AdminAlert was raised).</param>
public sealed record CrawlRunSummary(
    string SourceId, string RunId, bool Finished, int Fetched, int New, int Changed, int Unchanged, int Failed,
    int Stored, int Rejected, int Faults, string? UnhealthyReason);
