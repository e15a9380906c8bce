using Hangfire;

namespace LegalReview.Web.Annotations;

/// <summary>Registers the recurring re-anchoring job and runs it once at start (versions may have arrived while down).</summary>
public sealed class ReanchorScheduler(IRecurringJobManager recurring, IBackgroundJobClient jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<ReanchorJob>(ReanchorJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/15 * * * *");
        jobs.Enqueue<ReanchorJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
