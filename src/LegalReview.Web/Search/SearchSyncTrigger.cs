using Hangfire;

namespace LegalReview.Web.Search;

/// <summary>Queues an <see cref="IndexSyncJob"/>; call after anything that imported or changed documents.</summary>
public sealed class SearchSyncTrigger(IBackgroundJobClient jobs, ILogger<SearchSyncTrigger> logger)
{
    public void Enqueue(string reason)
    {
        var id = jobs.Enqueue<IndexSyncJob>(job => job.RunAsync(CancellationToken.None));
        logger.LogInformation("Queued search index sync {JobId} after {Reason}", id, reason);
        // Every import path queues this sync: triggered review follows it (its cursor makes extra runs free).
        jobs.ContinueJobWith<Reviewing.ReviewTriggerJob>(
            id, job => job.RunAsync(CancellationToken.None), new Hangfire.States.EnqueuedState(), JobContinuationOptions.OnAnyFinishedState);
    }
}
