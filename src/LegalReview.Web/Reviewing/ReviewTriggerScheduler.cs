using Hangfire;

namespace LegalReview.Web.Reviewing;

/// <summary>Registers the recurring triggered-review job at start and runs it once (catches up on earlier imports).</summary>
public sealed class ReviewTriggerScheduler(IRecurringJobManager recurring, IBackgroundJobClient jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<ReviewTriggerJob>(ReviewTriggerJob.RecurringId, j => j.RunAsync(CancellationToken.None), "*/5 * * * *");
        jobs.Enqueue<ReviewTriggerJob>(j => j.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
