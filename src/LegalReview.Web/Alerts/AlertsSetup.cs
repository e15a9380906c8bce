using Hangfire;
using LegalReview.Data.Alerts;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Alerts;

/// <summary>Watches, inbox, Atom feeds, e-mail (MailKit) and the alert jobs (issue #8).</summary>
public static class AlertsSetup
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section).ValidateDataAnnotations()
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "Alerts:PublicBaseUrl must be an absolute URL.")
            .Validate(o => Enum.TryParse<MailKit.Security.SecureSocketOptions>(o.Smtp.TlsMode, true, out _),
                "Alerts:Smtp:TlsMode must be None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect.")
            .ValidateOnStart();
        services.AddSingleton<SavedSearchPercolator>();
        services.AddScoped<AlertMatcher>();
        services.AddScoped<AlertDispatcher>();
        services.AddScoped<IAlertMailSender, SmtpAlertMailSender>();
        services.AddScoped<AlertLinks>();
        services.AddScoped<IAlertLinks>(p => p.GetRequiredService<AlertLinks>());
        services.AddScoped<WatchService>();
        services.AddScoped<AlertInbox>();
        services.AddScoped<AlertJobs>();
        services.AddHostedService<AlertPoller>();
        return services;
    }

    /// <summary>Atom endpoints and the recurring jobs (match safety net, daily and weekly digests).</summary>
    public static WebApplication MapAlerts(this WebApplication app)
    {
        app.MapAlertFeeds();
        var options = app.Services.GetRequiredService<IOptions<AlertsOptions>>().Value;
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        recurring.AddOrUpdate<AlertJobs>(AlertJobs.MatchJobId, j => j.MatchAsync(CancellationToken.None), "*/5 * * * *");
        recurring.AddOrUpdate<AlertJobs>(AlertJobs.DailyJobId, j => j.DailyDigestAsync(CancellationToken.None), options.DailyCron,
            new RecurringJobOptions { TimeZone = zone });
        recurring.AddOrUpdate<AlertJobs>(AlertJobs.WeeklyJobId, j => j.WeeklyDigestAsync(CancellationToken.None), options.WeeklyCron,
            new RecurringJobOptions { TimeZone = zone });
        return app;
    }
}
