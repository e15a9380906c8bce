namespace LegalReview.Data.Reviewing;

/// <summary>Outcome of a workflow check or action: success, or a one-line Vietnamese reason.</summary>
public sealed record ReviewCheck(bool Succeeded, string? Error, ReviewTransitionRule? Rule = null)
{
    public static ReviewCheck Fail(string error) => new(false, error);
}
