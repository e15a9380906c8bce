namespace LegalReview.Data.Crawling;

/// <summary>Validators and content hash of a URL, kept across runs (conditional GET, change detection).</summary>
public class CrawlUrlRecord
{
    public long Id { get; set; }
    public string SourceId { get; set; } = "";
    public string Url { get; set; } = "";
    public string? ContentHash { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTimeOffset LastSeen { get; set; }
}
