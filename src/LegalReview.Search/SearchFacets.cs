namespace LegalReview.Search;

/// <summary>Counts of matching entries (provisions and document entries) per value, largest first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Type,
    IReadOnlyList<FacetValue> Issuer,
    IReadOnlyList<FacetValue> Validity,
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Topic)
{
    public static SearchFacets Empty { get; } = new([], [], [], [], []);
}
