using System.ComponentModel.DataAnnotations;

namespace LegalReview.Web.Alerts;

/// <summary>Alert settings ("Alerts").</summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>Public address of the app, for links in mails and feeds (e.g. https://ra-soat.stp.example.gov.vn).</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How often new change events are looked for (the import → inbox latency bound); 0 turns the poller off.</summary>
    [Range(0, 3600)]
    public int PollSeconds { get; set; } = 10;

    /// <summary>Cron of the daily digest (Hangfire, in <see cref="TimeZone"/>).</summary>
    [Required]
    public string DailyCron { get; set; } = "0 7 * * *";

    [Required]
    public string WeeklyCron { get; set; } = "0 7 * * 1";

    /// <summary>IANA time zone of the digest schedules.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    public SmtpOptions Smtp { get; set; } = new();
}
