namespace LegalReview.Web.Findings;

/// <summary>A linked provision as shown on finding and problem pages.</summary>
public sealed record LinkedProvisionView(
    long DocumentId, string DocumentNumber, string DocumentTitle, string StableId, string Label, string? Excerpt, string Url);
