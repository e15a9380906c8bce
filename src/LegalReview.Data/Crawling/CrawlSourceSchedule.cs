namespace LegalReview.Data.Crawling;

/// <summary>A cron expression an admin set for a source; overrides configuration and survives restarts.</summary>
public class CrawlSourceSchedule
{
    public string SourceId { get; set; } = "";
    public string Cron { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
