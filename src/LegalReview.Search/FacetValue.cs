namespace LegalReview.Search;

/// <summary>A facet value and how many matching entries carry it.</summary>
public sealed record FacetValue(string Value, long Count);
