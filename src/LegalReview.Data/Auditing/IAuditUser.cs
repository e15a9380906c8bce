namespace LegalReview.Data.Auditing;

/// <summary>Who is making the changes the audit trail records.</summary>
public interface IAuditUser
{
    /// <summary>User name stored in <see cref="AuditEntry.UserName"/>; never empty.</summary>
    string UserName { get; }
}
