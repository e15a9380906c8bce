using Hangfire;
using LegalReview.Data.Search;

namespace LegalReview.Web.Search;

/// <summary>
/// Hangfire job: drains the search outbox (<see cref="SearchOutboxDrainer"/>) into the index. Queued after each
/// import (upload, sample import, crawl run), at start and every minute (the recurring run retries failed entries
/// once their backoff has passed). Never concurrent, so entries are indexed in order by one drainer.
/// </summary>
public sealed class IndexSyncJob(SearchOutboxDrainer drainer, ILogger<IndexSyncJob> logger)
{
    /// <summary>Recurring job id.</summary>
    public const string RecurringId = "search-outbox";

    /// <summary>
    /// Drains the outbox; with <paramref name="healEmptyIndex"/> (at start) it first queues every document if the
    /// index is empty (new or lost index). One method, so Hangfire's lock keeps every drain of this job exclusive.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(bool healEmptyIndex, CancellationToken ct)
    {
        if (healEmptyIndex && await drainer.EnqueueAllIfIndexEmptyAsync(ct) is > 0 and var queued)
        {
            logger.LogInformation("Search index is empty: queued {Count} documents for indexing", queued);
        }

        var result = await drainer.DrainAsync(ct);
        if (result.EntriesFailed > 0)
        {
            logger.LogWarning("Search outbox: {Failed} entries failed, {Pending} pending", result.EntriesFailed, result.Pending);
        }
    }
}
