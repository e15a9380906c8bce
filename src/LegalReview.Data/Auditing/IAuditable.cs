namespace LegalReview.Data.Auditing;

/// <summary>
/// Marks review data (campaigns, review sheets, annotations, findings, proposals …) whose every change must be kept
/// in the audit trail: who, when, before and after. The audit writer recognises entities by this interface, so a new
/// kind of review record is audited by implementing it — nothing else to register.
/// </summary>
public interface IAuditable
{
    /// <summary>
    /// Optimistic concurrency token, configured with <c>IsConcurrencyToken()</c> and increased on every save of a
    /// modified entity, so that of two reviewers saving the same record the second gets a conflict instead of
    /// silently overwriting the first (works the same on SQLite and PostgreSQL).
    /// </summary>
    int RowVersion { get; set; }
}
