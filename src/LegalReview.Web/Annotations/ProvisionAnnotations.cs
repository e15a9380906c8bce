using LegalReview.Data.Annotations;

namespace LegalReview.Web.Annotations;

/// <summary>Model of the per-provision partial: the provision's annotations.</summary>
public sealed record ProvisionAnnotations(DocumentAnnotations Page, string StableId, IReadOnlyList<Annotation> Items);
