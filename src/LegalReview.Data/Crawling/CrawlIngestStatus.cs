namespace LegalReview.Data.Crawling;

/// <summary>What the ingestion did with one crawled document.</summary>
public enum CrawlIngestStatus
{
    /// <summary>A new document (version 1) was stored.</summary>
    NewDocument,

    /// <summary>A new version of a known document was stored.</summary>
    NewVersion,

    /// <summary>The text matched a stored version; only metadata (validity, relations) may have changed.</summary>
    Unchanged,

    /// <summary>This URL with this SHA-256 was ingested before; nothing was done.</summary>
    Skipped,

    /// <summary>Not an importable legal document; the reason is recorded so the same content is not retried.</summary>
    Rejected,
}
