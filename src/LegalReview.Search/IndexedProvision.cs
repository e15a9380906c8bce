using LegalReview.Core.Documents;

namespace LegalReview.Search;

/// <summary>
/// An article or clause to index. <paramref name="Text"/> is the full text of the unit including its descendants
/// (an article's clauses and points, a clause's points), so a query matching a point finds its clause and article.
/// Use <see cref="Indexing.IndexedProvisionBuilder"/> to build these from stored or parsed provisions.
/// </summary>
/// <param name="ProvisionId">Stable id, e.g. "chuong-3/dieu-35/khoan-1".</param>
/// <param name="Order">Position in document order, used to keep results stable.</param>
public sealed record IndexedProvision(
    string ProvisionId,
    ProvisionKind Kind,
    string Label,
    string? Heading,
    string Text,
    int Order);
