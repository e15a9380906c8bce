using LegalReview.Data;
using LegalReview.Data.Alerts;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Alerts;

/// <summary>A user's notifications: unread count for the navigation, the inbox list, read marks, the feed token.</summary>
public sealed class AlertInbox(LegalReviewDbContext db, TimeProvider time)
{
    public const int PageSize = 50;

    // The navigation asks on every page; compiled once, the count skips EF's per-call query lookup.
    private static readonly Func<LegalReviewDbContext, string, CancellationToken, Task<int>> UnreadCount =
        EF.CompileAsyncQuery((LegalReviewDbContext c, string userId, CancellationToken ct) =>
            c.AlertNotifications.Count(n => n.UserId == userId && n.ReadAt == null));

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct) => UnreadCount(db, userId, ct);

    public Task<List<AlertNotification>> ListAsync(string userId, bool unreadOnly, CancellationToken ct) =>
        db.AlertNotifications.AsNoTracking().Include(n => n.Watch)
            .Where(n => n.UserId == userId && (!unreadOnly || n.ReadAt == null))
            .OrderByDescending(n => n.Id).Take(PageSize).ToListAsync(ct);

    public async Task MarkReadAsync(string userId, long? id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.AlertNotifications.Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    /// <summary>The user's personal feed secret, created on first use.</summary>
    public async Task<string> FeedTokenAsync(string userId, CancellationToken ct)
    {
        var row = await db.AlertSubscribers.SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (row is not null) return row.FeedToken;
        row = new AlertSubscriber { UserId = userId, FeedToken = WatchService.NewToken(), CreatedAt = time.GetUtcNow() };
        db.AlertSubscribers.Add(row);
        await db.SaveChangesAsync(ct);
        return row.FeedToken;
    }

    /// <summary>Changes the personal feed secret (old feed address stops working).</summary>
    public async Task<string> RenewFeedTokenAsync(string userId, CancellationToken ct)
    {
        await db.AlertSubscribers.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        return await FeedTokenAsync(userId, ct);
    }
}
