namespace LegalReview.Data.Crawling;

/// <summary>
/// A crawled (URL, SHA-256) pair already ingested: crawler delivery is at-least-once, so the same content arriving
/// again is skipped by looking it up here.
/// </summary>
public class CrawledItem
{
    public long Id { get; set; }
    public string SourceId { get; set; } = "";
    public string Url { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>The document it was stored as; null when the content was rejected (the reason is in <see cref="Outcome"/>).</summary>
    public long? DocumentId { get; set; }
    public Core.Documents.LegalDocument? Document { get; set; }

    /// <summary><c>New</c>, <c>NewVersion</c>, <c>Unchanged</c> or <c>Rejected: reason</c>.</summary>
    public string Outcome { get; set; } = "";
}
