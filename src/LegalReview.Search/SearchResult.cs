namespace LegalReview.Search;

/// <summary>
/// A page of hits with facet counts. When <see cref="Error"/> is set the query was not run (bad syntax, too long …)
/// and the message is a one-line Vietnamese reason to show to the user.
/// </summary>
public sealed record SearchResult(long Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets, string? Error = null)
{
    public bool IsError => Error is not null;

    public static SearchResult Failed(string error) => new(0, [], SearchFacets.Empty, error);
}
