using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Reviewing;

/// <summary>Applies <see cref="ReviewWorkflow"/> transitions to stored review items, recording each step.</summary>
public sealed class ReviewWorkflowService(LegalReviewDbContext db, TimeProvider time)
{
    /// <summary>
    /// Moves the item by <paramref name="action"/> when the workflow allows it for <paramref name="actor"/>. With
    /// <paramref name="expectedRowVersion"/> (the version the user saw) a change made meanwhile by someone else is
    /// refused as a conflict instead of being acted on blindly.
    /// </summary>
    public async Task<ReviewCheck> ApplyAsync(
        long itemId, ReviewAction action, ReviewActor actor, string? comment, int? expectedRowVersion, CancellationToken ct)
    {
        var item = await db.ReviewItems.Include(i => i.Sheet).SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return ReviewCheck.Fail("Không tìm thấy mục rà soát.");
        }

        if (expectedRowVersion is { } expected && expected != item.RowVersion)
        {
            return ReviewCheck.Fail(ConflictMessage);
        }

        var check = ReviewWorkflow.Check(item, action, actor, comment);
        if (!check.Succeeded)
        {
            return check;
        }

        var now = time.GetUtcNow();
        var from = item.Status;
        item.Status = check.Rule!.To;
        item.UpdatedAt = now;
        if (action == ReviewAction.Start && string.IsNullOrEmpty(item.AssignedTo))
        {
            item.AssignedTo = actor.UserName;
        }

        if (actor.IsLead && action is ReviewAction.Approve or ReviewAction.Return or ReviewAction.Dismiss or ReviewAction.Reopen)
        {
            item.LeadComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        }

        db.ReviewItemTransitions.Add(new ReviewItemTransition
        {
            ReviewItemId = item.Id,
            Action = action,
            From = from,
            To = item.Status,
            UserName = actor.UserName,
            At = now,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReviewCheck.Fail(ConflictMessage);
        }

        return check;
    }

    /// <summary>Refusal when the item changed since the user loaded it.</summary>
    public const string ConflictMessage =
        "Mục rà soát vừa được người khác thay đổi trong khi bạn đang xem. Hãy tải lại trang để thấy trạng thái mới rồi thực hiện lại.";
}
