using LegalReview.Core.Documents;
using LegalReview.Search;
using LegalReview.Search.Indexing;

namespace LegalReview.Data.Search;

/// <summary>
/// The one place that maps database rows to what the search index stores, so the web app, the sync job and the CLI
/// index the same thing and compute the same version stamps.
/// </summary>
public static class SearchDocumentBuilder
{
    /// <summary>
    /// Stamp of an indexed version: version id plus text hash, so a re-import of identical text keeps the stamp
    /// while a new version (or a re-parsed text) makes the entry stale.
    /// </summary>
    public static string Stamp(long versionId, string textSha256) => $"{versionId}:{textSha256}";

    /// <summary>
    /// Builds the index entry of <paramref name="document"/> from <paramref name="latest"/> (its latest version, with
    /// <see cref="DocumentVersion.Provisions"/> loaded). Article and clause texts include their children's text.
    /// </summary>
    public static IndexedDocument Build(LegalDocument document, DocumentVersion latest)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(latest);
        return new IndexedDocument(
            document.Id,
            Stamp(latest.Id, latest.TextSha256),
            document.Number,
            document.Type.ToString(),
            document.TypeName,
            document.Issuer,
            document.Title,
            document.IssuedOn,
            document.EffectiveOn,
            document.ExpiresOn,
            document.Validity.ToString(),
            SplitTopics(document.Topics),
            IndexedProvisionBuilder.FromStored(latest.Provisions));
    }

    /// <summary>Topics are stored as one string; ';' and ',' separate them.</summary>
    private static IReadOnlyList<string> SplitTopics(string topics) =>
        topics.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
