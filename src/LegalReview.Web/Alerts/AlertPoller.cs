using Hangfire;
using LegalReview.Data;
using LegalReview.Data.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Alerts;

/// <summary>
/// Looks every few seconds (Alerts:PollSeconds; 0 = off) for change events or admin alerts past the alert cursors and
/// queues <see cref="AlertJobs.MatchAsync"/>: a cheap max-id comparison that keeps import → inbox well under a minute
/// without the importer knowing about alerts.
/// </summary>
public sealed class AlertPoller(IServiceScopeFactory scopes, IOptions<AlertsOptions> options, TimeProvider time, ILogger<AlertPoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.PollSeconds;
        if (seconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        var queuedUpTo = (Events: -1L, Admin: -1L);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
                var events = await db.ChangeEvents.MaxAsync(e => (long?)e.Id, stoppingToken) ?? 0;
                var admin = await db.AdminAlerts.MaxAsync(a => (long?)a.Id, stoppingToken) ?? 0;
                var cursors = await db.AlertCursors.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.LastId, stoppingToken);
                var behind = events > cursors.GetValueOrDefault(AlertMatcher.EventsCursor) || admin > cursors.GetValueOrDefault(AlertMatcher.AdminAlertsCursor);
                if (!behind || (events, admin) == queuedUpTo) continue;
                scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>().Enqueue<AlertJobs>(j => j.MatchAsync(CancellationToken.None));
                queuedUpTo = (events, admin);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Alert poll failed");
            }
        }
    }
}
