using Hangfire;

namespace LegalReview.Web.Search;

/// <summary>
/// Queues an <see cref="IndexSyncJob"/> drain; call after anything that imported or changed documents (the import
/// itself already wrote the outbox entries, so this only makes the index catch up sooner than the recurring run).
/// </summary>
public sealed class SearchSyncTrigger(IBackgroundJobClient jobs, ILogger<SearchSyncTrigger> logger)
{
    public void Enqueue(string reason)
    {
        var id = jobs.Enqueue<IndexSyncJob>(job => job.RunAsync(false, CancellationToken.None));
        logger.LogInformation("Queued search outbox drain {JobId} after {Reason}", id, reason);
        // Same moment, other consumer of new versions: annotations move onto the new text.
        jobs.Enqueue<Annotations.ReanchorJob>(job => job.RunAsync(CancellationToken.None));
        // Every import path queues this sync: triggered review follows it (its cursor makes extra runs free).
        jobs.ContinueJobWith<Reviewing.ReviewTriggerJob>(
            id, job => job.RunAsync(CancellationToken.None), new Hangfire.States.EnqueuedState(), JobContinuationOptions.OnAnyFinishedState);
    }
}
