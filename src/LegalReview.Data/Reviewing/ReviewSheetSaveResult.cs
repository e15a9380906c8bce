namespace LegalReview.Data.Reviewing;

/// <summary>
/// Outcome of saving a sheet. On a conflict <see cref="Current"/> is the sheet as the other reviewer saved it (so the
/// page can show their changes next to the user's own input, which the page keeps), and <see cref="Error"/> says who.
/// </summary>
public sealed record ReviewSheetSaveResult(bool Saved, string? Error, bool IsConflict = false, ReviewSheet? Current = null)
{
    public static ReviewSheetSaveResult Fail(string error) => new(false, error);
}
