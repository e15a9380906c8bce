namespace LegalReview.Data.Alerts;

/// <summary>Per-user alert settings: the secret of the personal Atom feed.</summary>
public class AlertSubscriber
{
    public string UserId { get; set; } = "";
    public string FeedToken { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
