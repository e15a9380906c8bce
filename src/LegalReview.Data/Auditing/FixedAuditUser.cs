namespace LegalReview.Data.Auditing;

/// <summary>An <see cref="IAuditUser"/> with a fixed name: "system" for jobs and the CLI, or a given name.</summary>
public sealed class FixedAuditUser(string userName) : IAuditUser
{
    /// <summary>The name used when no person is behind a change (background jobs, command line, migrations).</summary>
    public const string SystemName = "system";

    /// <summary>The shared "system" user.</summary>
    public static FixedAuditUser System { get; } = new(SystemName);

    public string UserName { get; } = string.IsNullOrWhiteSpace(userName) ? SystemName : userName;
}
