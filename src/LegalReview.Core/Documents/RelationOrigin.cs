namespace LegalReview.Core.Documents;

/// <summary>Where a relation was learnt: from the document's own text, or from a crawled source's metadata.</summary>
public enum RelationOrigin
{
    Parsed,
    Crawled,
}
