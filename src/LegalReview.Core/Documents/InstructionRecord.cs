namespace LegalReview.Core.Documents;

/// <summary>
/// The stored outcome of one amending instruction against a base document: what the amending document said, and
/// whether consolidation applied it (with the unit changed) or could not (with the reason shown to reviewers).
/// </summary>
public class InstructionRecord
{
    public long Id { get; set; }

    /// <summary>The amended (base) document.</summary>
    public long BaseDocumentId { get; set; }

    /// <summary>The amending document.</summary>
    public long AmendingDocumentId { get; set; }

    public string AmendingNumber { get; set; } = "";
    public string SourceProvisionId { get; set; } = "";
    public string SourceText { get; set; } = "";

    /// <summary>Action name (<c>AmendmentAction</c>).</summary>
    public string Action { get; set; } = "";

    /// <summary>Target address path in the base ("dieu-7a", "dieu-2/khoan-8").</summary>
    public string TargetPath { get; set; } = "";

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>Applied, Unresolved or Skipped (<c>InstructionStatus</c>).</summary>
    public string Status { get; set; } = "";

    public string? Reason { get; set; }

    /// <summary>Stable id of the unit changed in the consolidated text.</summary>
    public string? ProvisionId { get; set; }

    public string? Note { get; set; }
}
