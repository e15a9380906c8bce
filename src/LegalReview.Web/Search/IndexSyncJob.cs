using Hangfire;
using LegalReview.Data.Search;

namespace LegalReview.Web.Search;

/// <summary>
/// Hangfire job: indexes every document whose latest version stamp differs from the index's and removes deleted
/// ones. Queued after each import (upload, sample import, crawl run) and at start; idempotent, so extra runs only
/// cost a stamp comparison. (An outbox table will replace the stamp scan later.)
/// </summary>
public sealed class IndexSyncJob(SearchIndexing indexing, ILogger<IndexSyncJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(CancellationToken ct)
    {
        var result = await indexing.SyncAsync(ct);
        logger.LogInformation("Search index sync: {Indexed} documents indexed, {Deleted} removed", result.Indexed, result.Deleted);
    }
}
