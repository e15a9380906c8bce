namespace LegalReview.Data.Crawling;

/// <summary>Outcome of <see cref="CrawlIngestionService.IngestAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="DocumentId">The stored document, when there is one.</param>
/// <param name="VersionNumber">The version stored or matched.</param>
/// <param name="Events">Change events written.</param>
/// <param name="Reason">One-line reason for <see cref="CrawlIngestStatus.Rejected"/>.</param>
public sealed record CrawlIngestResult(CrawlIngestStatus Status, long? DocumentId, int? VersionNumber, int Events, string? Reason)
{
    /// <summary>True when a document or version was written.</summary>
    public bool Stored => Status is CrawlIngestStatus.NewDocument or CrawlIngestStatus.NewVersion;
}
