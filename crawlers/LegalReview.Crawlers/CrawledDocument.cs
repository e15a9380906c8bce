namespace LegalReview.Crawlers;

/// <summary>One fetched document as the source gives it; the integrator stores it as a Snapshot (raw bytes kept).</summary>
/// <param name="SourceId">The <see cref="ICrawler.SourceId"/> that produced it.</param>
/// <param name="Url">Canonical URL of the document (or <c>file://</c> URI for dropped files).</param>
/// <param name="FetchedAt">UTC instant of the fetch.</param>
/// <param name="RawBytes">The main body exactly as received (HTML page, JSON, .docx, .pdf …).</param>
/// <param name="MediaType">Media type of <paramref name="RawBytes"/>, e.g. <c>text/html</c>, <c>application/pdf</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="RawBytes"/>.</param>
/// <param name="Metadata">What the source says about the document (number, type, issuer, dates, status).</param>
/// <param name="Relations">Relations to other documents the source lists (amends, guides, replaces …).</param>
/// <param name="Paragraphs">Plain-text paragraphs when the source gives the text as HTML; empty for binary files.</param>
/// <param name="AttachmentUrls">Files attached to the document (.doc, .docx, .pdf) not fetched into <paramref name="RawBytes"/>.</param>
public sealed record CrawledDocument(
    string SourceId,
    Uri Url,
    DateTimeOffset FetchedAt,
    byte[] RawBytes,
    string MediaType,
    string Sha256,
    DocumentMetadata Metadata,
    IReadOnlyList<DocumentRelation> Relations,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Uri> AttachmentUrls)
{
    /// <summary>Builds a document computing <see cref="Sha256"/> from the bytes.</summary>
    public static CrawledDocument Create(
        string sourceId, Uri url, DateTimeOffset fetchedAt, byte[] rawBytes, string mediaType,
        DocumentMetadata metadata, IReadOnlyList<DocumentRelation>? relations = null,
        IReadOnlyList<string>? paragraphs = null, IReadOnlyList<Uri>? attachmentUrls = null) =>
        new(sourceId, url, fetchedAt, rawBytes, mediaType, Hashing.Sha256Hex(rawBytes), metadata,
            relations ?? [], paragraphs ?? [], attachmentUrls ?? []);
}
