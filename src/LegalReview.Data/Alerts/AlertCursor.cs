namespace LegalReview.Data.Alerts;

/// <summary>How far the alert matcher has read (one row per stream: "change-events", "admin-alerts").</summary>
public class AlertCursor
{
    public string Name { get; set; } = "";
    public long LastId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
