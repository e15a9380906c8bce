namespace LegalReview.Data.Auditing;

/// <summary>
/// Marks review data (campaigns, review sheets, annotations, findings, proposals …) whose every change must be kept
/// in the audit trail: who, when, before and after. The audit writer recognises entities by this interface, so a new
/// kind of review record is audited by implementing it — nothing else to register.
/// </summary>
public interface IAuditable;
