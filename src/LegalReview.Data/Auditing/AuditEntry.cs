namespace LegalReview.Data.Auditing;

/// <summary>
/// One change of one <see cref="IAuditable"/> entity: written by <see cref="AuditSaveChangesInterceptor"/> in the
/// same transaction as the change itself, so the trail never misses a committed change nor shows a rolled-back one.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>CLR type name of the entity, e.g. <c>ReviewSheet</c>; the first half of the audit page's route.</summary>
    public string EntityType { get; set; } = "";

    /// <summary>Primary key as text (composite keys joined by ',').</summary>
    public string EntityId { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>User name from <see cref="IAuditUser"/> ("system" for jobs and the command line).</summary>
    public string UserName { get; set; } = "";

    public DateTimeOffset Timestamp { get; set; }

    /// <summary>
    /// JSON object of property values before the change: all properties for Deleted, the changed ones for Modified,
    /// null for Added.
    /// </summary>
    public string? BeforeJson { get; set; }

    /// <summary>JSON object after the change: all properties for Added, the changed ones for Modified, null for Deleted.</summary>
    public string? AfterJson { get; set; }
}
