namespace LegalReview.Data.Importing;

/// <summary>
/// Outcome of importing one file. For <see cref="ImportStatus.Unchanged"/> the version number is the existing version
/// with the same text; for <see cref="ImportStatus.Rejected"/> only <see cref="RejectedReason"/> is set.
/// </summary>
public sealed record ImportResult(
    ImportStatus Status,
    long? DocumentId,
    int? VersionNumber,
    string? DocumentNumber,
    string? Title,
    string? RejectedReason)
{
    public bool IsRejected => Status == ImportStatus.Rejected;

    public static ImportResult Rejected(string reason) => new(ImportStatus.Rejected, null, null, null, null, reason);
}
