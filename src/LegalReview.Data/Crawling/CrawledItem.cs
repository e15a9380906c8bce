namespace LegalReview.Data.Crawling;

/// <summary>
/// A crawled (URL, fingerprint) pair already ingested: crawler delivery is at-least-once, so the same content arriving
/// again is skipped by looking it up here.
/// </summary>
public class CrawledItem
{
    public long Id { get; set; }
    public string SourceId { get; set; } = "";
    public string Url { get; set; } = "";
    public string Sha256 { get; set; } = "";

    /// <summary>
    /// SHA-256 over the content hash and the metadata that can change without the body (validity status, relations):
    /// vbpl's body is the full text, its status sits on another page, so the body hash alone would hide a status change.
    /// </summary>
    public string Fingerprint { get; set; } = "";
    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>The document it was stored as; null when the content was rejected (the reason is in <see cref="Outcome"/>).</summary>
    public long? DocumentId { get; set; }
    public Core.Documents.LegalDocument? Document { get; set; }

    /// <summary><c>New</c>, <c>NewVersion</c>, <c>Unchanged</c> or <c>Rejected: reason</c>.</summary>
    public string Outcome { get; set; } = "";
}
