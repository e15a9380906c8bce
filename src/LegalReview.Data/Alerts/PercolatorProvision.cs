namespace LegalReview.Data.Alerts;

/// <summary>
/// One new or changed article/clause to percolate: its heading and full text (with descendants, as the search index
/// holds it) and its document. <paramref name="ProvisionId"/> is empty for a document's title entry.
/// </summary>
public sealed record PercolatorProvision(string ProvisionId, string Label, string? Heading, string Text, PercolatorDocument Document);
