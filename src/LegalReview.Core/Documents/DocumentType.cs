namespace LegalReview.Core.Documents;

/// <summary>Document types of the hierarchy in DOMAIN.md §4. The Vietnamese name is kept on the document too.</summary>
public enum DocumentType
{
    Unknown,
    Constitution,
    Code,
    Law,
    Ordinance,
    Resolution,
    Order,
    Decree,
    Decision,
    Circular,
    JointCircular,
    Directive,
    ConsolidatedText,
}
