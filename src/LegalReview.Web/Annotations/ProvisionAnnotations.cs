using LegalReview.Core.Documents;
using LegalReview.Data.Annotations;

namespace LegalReview.Web.Annotations;

/// <summary>Model of the per-provision partial: the provision's annotations and its "add to finding" link.</summary>
public sealed record ProvisionAnnotations(DocumentAnnotations Page, string StableId, ProvisionKind Kind, IReadOnlyList<Annotation> Items)
{
    /// <summary>Findings link clauses, points and articles, not chapters or sections.</summary>
    public bool CanLink => Kind >= ProvisionKind.Article;

    public string FindingUrl =>
        $"/findings/new?doc={Page.DocumentId}&p={Uri.EscapeDataString(StableId)}" + (Page.VersionId is { } v ? $"&v={v}" : "");
}
