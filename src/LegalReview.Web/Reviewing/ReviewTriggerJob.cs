using Hangfire;
using LegalReview.Data.Reviewing;

namespace LegalReview.Web.Reviewing;

/// <summary>
/// Hangfire job: triggered review over new change events (<see cref="ReviewTriggerService"/>). Runs after each search
/// index sync (which every import path queues) and every few minutes; idempotent thanks to its cursor.
/// </summary>
public sealed class ReviewTriggerJob(ReviewTriggerService triggers, ILogger<ReviewTriggerJob> logger)
{
    public const string RecurringId = "review:triggers";

    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(CancellationToken ct)
    {
        var opened = await triggers.ProcessPendingAsync(ct);
        logger.LogInformation("Triggered review: {Opened} review items opened", opened);
    }
}
