namespace LegalReview.Data.Reviewing;

/// <summary>One allowed workflow transition.</summary>
/// <param name="LeadOnly">Only a lead (or admin) may do it.</param>
/// <param name="CommentRequired">The action needs a comment (returning a sheet must say what to fix).</param>
public sealed record ReviewTransitionRule(
    ReviewAction Action, ReviewItemStatus From, ReviewItemStatus To, bool LeadOnly, bool CommentRequired = false);
