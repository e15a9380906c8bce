namespace LegalReview.Web.Documents;

/// <summary>A page of the document list with what the filter controls need.</summary>
public sealed record DocumentListPage(
    IReadOnlyList<DocumentListItem> Items, int TotalCount, int Page, int PageCount, IReadOnlyList<string> Issuers);
