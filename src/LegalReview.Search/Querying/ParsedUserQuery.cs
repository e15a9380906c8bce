namespace LegalReview.Search.Querying;

/// <summary>Outcome of parsing: a query tree and the words to highlight, or a Vietnamese error message.</summary>
internal sealed record ParsedUserQuery(QueryNode? Root, IReadOnlyList<string> HighlightTexts, string? Error)
{
    public static ParsedUserQuery Fail(string error) => new(null, [], error);
}
