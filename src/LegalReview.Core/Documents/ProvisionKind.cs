namespace LegalReview.Core.Documents;

/// <summary>Structural units of a normative document (Law 64/2025/QH15 Art. 7(2)), outermost first.</summary>
public enum ProvisionKind
{
    Part,
    Chapter,
    Section,
    Subsection,
    Article,
    Clause,
    Point,
    SubPoint,
}
