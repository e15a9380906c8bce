namespace LegalReview.Core.Documents;

/// <summary>
/// An edge from a source document to a target document, document-level or provision-level. The target is kept as
/// written (number, title) so the edge exists before the target is in the database; <see cref="TargetDocumentId"/>
/// is filled when a document with <see cref="TargetNormalizedNumber"/> is (or later gets) imported.
/// </summary>
public class DocumentRelation
{
    public long Id { get; set; }
    public long SourceDocumentId { get; set; }
    public long? TargetDocumentId { get; set; }

    /// <summary>Number of the target as written ("71/2006/QH11").</summary>
    public string TargetNumber { get; set; } = "";

    /// <summary><see cref="DocumentNumber.Normalize"/> of <see cref="TargetNumber"/>, for resolution.</summary>
    public string TargetNormalizedNumber { get; set; } = "";

    /// <summary>Name of the target as written ("Luật bảo hiểm xã hội"), empty when the text gives none.</summary>
    public string TargetTitle { get; set; } = "";

    public RelationType Type { get; set; }

    /// <summary>Stable id of the provision of the source that states the relation; null for document-level edges.</summary>
    public string? SourceProvisionId { get; set; }

    /// <summary>Short id of the provision of the target ("dieu-5", "dieu-5/khoan-2"); null when the whole document.</summary>
    public string? TargetProvisionId { get; set; }

    public RelationOrigin Origin { get; set; }
}
