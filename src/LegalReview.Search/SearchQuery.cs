namespace LegalReview.Search;

/// <summary>
/// A search request. <see cref="Text"/> accepts words with or without diacritics, document numbers
/// ("45/2019/QH14"), abbreviations ("BHXH"), "quoted phrases", AND / OR / NOT, -term and parentheses. Empty text with
/// filters browses the filtered set.
/// </summary>
/// <param name="AsOf">Only documents in force on this date: effective on or before it (unknown effective date counts
/// as effective) and not expired on it (no expiry date, or expiry after it).</param>
/// <param name="Year">Year of issue.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="IncludeFacets">Count facet values over all matches (the search page); off for callers that only
/// list hits (CLI, suggestions), which saves a pass over every match.</param>
public sealed record SearchQuery(
    string? Text,
    DateOnly? AsOf = null,
    string? Type = null,
    string? Issuer = null,
    string? Validity = null,
    int? Year = null,
    string? Topic = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 20,
    bool IncludeFacets = true)
{
    /// <summary>Largest accepted page size; larger requests are clamped.</summary>
    public const int MaxPageSize = 100;
}
