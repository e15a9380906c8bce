namespace LegalReview.Web.Documents;

/// <summary>A version without its bytes and text, for version lists.</summary>
public sealed record VersionSummary(
    int VersionNumber, DateTimeOffset RetrievedAt, string Source, string FileName, string Sha256, int ProvisionCount,
    DateOnly? ConsolidatedAsOf = null)
{
    /// <summary>Computed by consolidation rather than retrieved.</summary>
    public bool IsConsolidated => ConsolidatedAsOf is not null;
}
