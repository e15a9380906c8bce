namespace LegalReview.Data.Alerts;

/// <summary>How often a watch's notifications are e-mailed (the inbox and the feeds always get them at once).</summary>
public enum AlertFrequency
{
    Immediate,
    Daily,
    Weekly,

    /// <summary>Inbox and feeds only (set by the unsubscribe link).</summary>
    NoEmail,
}
