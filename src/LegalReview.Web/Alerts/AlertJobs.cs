using Hangfire;
using LegalReview.Data.Alerts;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Alerts;

/// <summary>Hangfire jobs of the alert pipeline; all idempotent (cursor + unique notifications + sent-markers).</summary>
public sealed class AlertJobs(AlertMatcher matcher, AlertDispatcher dispatcher, IOptions<AlertsOptions> options, ILogger<AlertJobs> logger)
{
    public const string MatchJobId = "alerts:match";
    public const string DailyJobId = "alerts:daily";
    public const string WeeklyJobId = "alerts:weekly";

    private bool MailEnabled => !string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    /// <summary>Matches new change events and admin alerts, then mails what is due immediately.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task MatchAsync(CancellationToken ct)
    {
        var matched = await matcher.RunAsync(ct);
        var sent = MailEnabled ? await dispatcher.SendImmediateAsync(ct) : new AlertDispatchResult(0, 0, 0);
        logger.LogInformation("Alerts: {Events} events, {Notifications} notifications, {Admin} admin notifications, {Mails} mails",
            matched.Events, matched.Notifications, matched.AdminNotifications, sent.Mails);
    }

    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public Task DailyDigestAsync(CancellationToken ct) => DigestAsync(AlertFrequency.Daily, ct);

    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public Task WeeklyDigestAsync(CancellationToken ct) => DigestAsync(AlertFrequency.Weekly, ct);

    private async Task DigestAsync(AlertFrequency frequency, CancellationToken ct)
    {
        // Match first, so the digest includes what arrived since the last poll.
        await matcher.RunAsync(ct);
        if (!MailEnabled) return;
        var sent = await dispatcher.SendDigestAsync(frequency, ct);
        logger.LogInformation("Alert digest {Frequency}: {Mails} mails, {Notifications} notifications", frequency, sent.Mails, sent.Notifications);
    }
}
