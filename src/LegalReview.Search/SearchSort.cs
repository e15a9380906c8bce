namespace LegalReview.Search;

/// <summary>Result order.</summary>
public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>Newest issue date first, then best match.</summary>
    Date,
}
