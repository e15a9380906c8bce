namespace LegalReview.Data.Backup;

/// <summary>backup.json written next to the database copy: what was saved and when, checked again on restore.</summary>
/// <param name="Format">Backup layout version.</param>
/// <param name="CreatedAt">When the backup finished.</param>
/// <param name="Documents">Documents in the saved database.</param>
/// <param name="Versions">Document versions (each with its raw snapshot bytes) in the saved database.</param>
/// <param name="Files">Other data-folder files copied (relative paths), e.g. data-protection keys.</param>
public sealed record BackupManifest(int Format, DateTimeOffset CreatedAt, long Documents, long Versions, IReadOnlyList<string> Files)
{
    public const int CurrentFormat = 1;
    public const string FileName = "backup.json";
    public const string DatabaseFileName = "legalreview.db";
}
