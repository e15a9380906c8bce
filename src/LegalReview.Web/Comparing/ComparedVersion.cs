using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Web.Comparing;

/// <summary>A stored version loaded for comparison: the document, the version and its rebuilt tree.</summary>
public sealed record ComparedVersion(LegalDocument Document, DocumentVersion Version, ParsedDocument Parsed)
{
    public string Key => VersionChoice.KeyOf(Document.Id, Version.VersionNumber);

    public string Label => Version.ConsolidatedAsOf is { } asOf
        ? $"{Document.Number} — hợp nhất đến {asOf:dd/MM/yyyy}"
        : $"{Document.Number} — phiên bản {Version.VersionNumber}";
}
