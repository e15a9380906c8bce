namespace LegalReview.Data.Reviewing;

/// <summary>
/// The review workflow as an explicit state machine: <see cref="Rules"/> lists every allowed transition; anything
/// else is refused with a clear Vietnamese reason. Reviewers work on items assigned to them (or unassigned ones,
/// which starting assigns to them); leads and admins may do everything, and only they approve, return, dismiss and
/// reopen.
/// </summary>
public static class ReviewWorkflow
{
    public static IReadOnlyList<ReviewTransitionRule> Rules { get; } =
    [
        new(ReviewAction.Start, ReviewItemStatus.Pending, ReviewItemStatus.InProgress, LeadOnly: false),
        new(ReviewAction.Start, ReviewItemStatus.Returned, ReviewItemStatus.InProgress, LeadOnly: false),
        new(ReviewAction.Submit, ReviewItemStatus.InProgress, ReviewItemStatus.Submitted, LeadOnly: false),
        new(ReviewAction.Approve, ReviewItemStatus.Submitted, ReviewItemStatus.Approved, LeadOnly: true),
        new(ReviewAction.Return, ReviewItemStatus.Submitted, ReviewItemStatus.Returned, LeadOnly: true, CommentRequired: true),
        new(ReviewAction.Dismiss, ReviewItemStatus.Pending, ReviewItemStatus.Dismissed, LeadOnly: true, CommentRequired: true),
        new(ReviewAction.Reopen, ReviewItemStatus.Approved, ReviewItemStatus.InProgress, LeadOnly: true, CommentRequired: true),
        new(ReviewAction.Reopen, ReviewItemStatus.Dismissed, ReviewItemStatus.Pending, LeadOnly: true),
    ];

    /// <summary>The rule for <paramref name="action"/> from <paramref name="from"/>, or null when not allowed.</summary>
    public static ReviewTransitionRule? Find(ReviewItemStatus from, ReviewAction action) =>
        Rules.FirstOrDefault(r => r.From == from && r.Action == action);

    /// <summary>Actions <paramref name="actor"/> may take on <paramref name="item"/> now (for the page's buttons).</summary>
    public static IReadOnlyList<ReviewAction> AvailableActions(ReviewItem item, ReviewActor actor) =>
        Rules.Where(r => r.From == item.Status).Select(r => r.Action).Distinct()
            .Where(a => Check(item, a, actor, comment: "…").Succeeded).ToList();

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="action"/> on <paramref name="item"/>.</summary>
    public static ReviewCheck Check(ReviewItem item, ReviewAction action, ReviewActor actor, string? comment)
    {
        var rule = Find(item.Status, action);
        if (rule is null)
        {
            return ReviewCheck.Fail(
                $"Không thể “{ReviewNames.Of(action)}” khi mục đang ở trạng thái “{ReviewNames.Of(item.Status)}”.");
        }

        if (rule.LeadOnly && !actor.IsLead)
        {
            return ReviewCheck.Fail($"Chỉ lãnh đạo phòng mới được “{ReviewNames.Of(action)}”.");
        }

        if (!actor.IsLead && item.AssignedTo is { Length: > 0 } assignee
            && !string.Equals(assignee, actor.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return ReviewCheck.Fail($"Mục này được giao cho {assignee}; bạn không thể “{ReviewNames.Of(action)}”.");
        }

        if (rule.CommentRequired && string.IsNullOrWhiteSpace(comment))
        {
            return ReviewCheck.Fail($"Cần ghi ý kiến khi “{ReviewNames.Of(action)}”.");
        }

        if (action == ReviewAction.Submit && !IsComplete(item.Sheet))
        {
            return ReviewCheck.Fail(
                "Phiếu rà soát chưa đầy đủ: cần căn cứ rà soát, kết luận về hiệu lực, kiến nghị xử lý và cơ quan có thẩm quyền.");
        }

        return new ReviewCheck(true, null, rule);
    }

    private static bool IsComplete(ReviewSheet? sheet) =>
        sheet is not null
        && !string.IsNullOrWhiteSpace(sheet.BasisDocuments)
        && sheet.ValidityConclusion is not null
        && sheet.Recommendation is not null
        && !string.IsNullOrWhiteSpace(sheet.CompetentBody);
}
