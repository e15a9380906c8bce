namespace LegalReview.Crawlers;

/// <summary>Counters of the current run, reported after each frontier item (for the live progress bar).</summary>
/// <param name="Fetched">HTTP requests or files read that returned content.</param>
/// <param name="New">Documents yielded that had never been seen.</param>
/// <param name="Changed">Documents yielded whose content changed since last seen.</param>
/// <param name="Unchanged">Documents skipped (304 or identical hash).</param>
/// <param name="Failed">Frontier items given up on (fault recorded in the store).</param>
/// <param name="Pending">Items still in the frontier.</param>
/// <param name="CurrentUrl">The item just processed.</param>
public sealed record CrawlProgress(int Fetched, int New, int Changed, int Unchanged, int Failed, int Pending, string? CurrentUrl);
