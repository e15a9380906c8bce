namespace LegalReview.Crawlers;

/// <summary>What a source parser got from one page: a document (detail pages) and/or links to follow (listings).</summary>
/// <param name="SourceId">The source whose parser was used.</param>
/// <param name="PageKind">The page kind recognized, e.g. <c>listing</c>, <c>properties</c>, <c>fulltext</c>, <c>document</c>.</param>
/// <param name="Document">The document the page describes; null for listings.</param>
/// <param name="Links">Links to follow (documents, next listing page, attachments), in page order.</param>
public sealed record ParsedPage(string SourceId, string PageKind, CrawledDocument? Document, IReadOnlyList<PageLink> Links);
