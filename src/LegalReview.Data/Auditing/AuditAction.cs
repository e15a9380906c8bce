namespace LegalReview.Data.Auditing;

/// <summary>What happened to an audited entity in one save.</summary>
public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}
