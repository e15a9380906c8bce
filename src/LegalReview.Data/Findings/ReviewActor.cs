namespace LegalReview.Data.Findings;

/// <summary>
/// Who acts on review data. <see cref="MayDecide"/> is true for leads (and administrators): only they confirm, dismiss,
/// resolve and reopen findings. Pages build it from the signed-in user's roles.
/// </summary>
public sealed record ReviewActor(string UserName, bool MayDecide);
