using LegalReview.Core.Documents;

namespace LegalReview.Web.Documents;

/// <summary>Filters, sort and page of the document list (bound from the query string).</summary>
public sealed record DocumentListQuery(
    DocumentType? Type = null,
    string? Issuer = null,
    Validity? Validity = null,
    string Sort = DocumentListQuery.SortIssued,
    bool Descending = true,
    int Page = 1)
{
    public const string SortNumber = "number";
    public const string SortTitle = "title";
    public const string SortIssued = "issued";
    public const int PageSize = 20;
}
