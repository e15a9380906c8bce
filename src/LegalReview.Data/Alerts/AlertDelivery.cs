namespace LegalReview.Data.Alerts;

/// <summary>
/// Sent-marker of one notification on one channel ("email"). Unique per (notification, channel) and committed
/// BEFORE the mail is handed to SMTP, so a retried or concurrent job can never send it twice (at-most-once; see
/// docs/alerts.md for the crash window).
/// </summary>
public class AlertDelivery
{
    public long Id { get; set; }
    public long NotificationId { get; set; }
    public string Channel { get; set; } = "";

    /// <summary>When the job claimed it (marker written).</summary>
    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>When SMTP accepted it; null means claimed but not confirmed (crash between claim and send).</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Groups notifications sent in one digest mail.</summary>
    public string Batch { get; set; } = "";
}
