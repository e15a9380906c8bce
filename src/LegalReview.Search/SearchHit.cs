namespace LegalReview.Search;

/// <summary>
/// One matching entry: a provision (article or clause) or the document itself (<see cref="Kind"/> = "document",
/// <see cref="ProvisionId"/> = ""). <see cref="Snippet"/> is HTML: matched words wrapped in &lt;mark&gt;, everything
/// else HTML-encoded, so it can be rendered as is.
/// </summary>
/// <param name="Kind">"document", "article" or "clause".</param>
public sealed record SearchHit(
    long DocumentId,
    string DocumentNumber,
    string DocumentTitle,
    string ProvisionId,
    string Kind,
    string? Label,
    string? Heading,
    float Score,
    string Snippet);
