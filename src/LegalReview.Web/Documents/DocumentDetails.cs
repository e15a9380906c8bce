using LegalReview.Core.Documents;

namespace LegalReview.Web.Documents;

/// <summary>A document with one of its versions (the latest unless asked) and that version's provisions.</summary>
public sealed record DocumentDetails(
    LegalDocument Document,
    IReadOnlyList<EnactingBasis> Bases,
    IReadOnlyList<VersionSummary> Versions,
    VersionSummary Version,
    IReadOnlyList<Provision> Provisions)
{
    public bool IsLatest => Version.VersionNumber == Versions.Max(v => v.VersionNumber);
}
