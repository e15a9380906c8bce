using LegalReview.Data;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Alerts;

/// <summary>Atom feeds behind secret tokens (feed readers cannot log in): per user and per saved search.</summary>
public static class AlertFeedEndpoints
{
    private const string AtomType = "application/atom+xml; charset=utf-8";
    private const int FeedSize = 50;

    public static void MapAlertFeeds(this WebApplication app)
    {
        app.MapGet("/alerts/feed/{token}", async (string token, LegalReviewDbContext db, AlertLinks links, TimeProvider time, CancellationToken ct) =>
        {
            var user = await db.AlertSubscribers.AsNoTracking().Where(s => s.FeedToken == token).Select(s => s.UserId).SingleOrDefaultAsync(ct);
            if (user is null) return Results.NotFound();
            var items = await db.AlertNotifications.AsNoTracking().Where(n => n.UserId == user)
                .OrderByDescending(n => n.Id).Take(FeedSize).ToListAsync(ct);
            return Results.Text(AtomFeedWriter.Write("LegalReview — thông báo của tôi", links.UserFeed(token), $"urn:legalreview:feed:user:{token[..8]}",
                items, links, time.GetUtcNow()), AtomType);
        }).AllowAnonymous();

        app.MapGet("/alerts/search-feed/{token}", async (string token, LegalReviewDbContext db, AlertLinks links, TimeProvider time, CancellationToken ct) =>
        {
            var watch = await db.AlertWatches.AsNoTracking().SingleOrDefaultAsync(w => w.FeedToken == token, ct);
            if (watch is null) return Results.NotFound();
            var items = await db.AlertNotifications.AsNoTracking().Where(n => n.WatchId == watch.Id)
                .OrderByDescending(n => n.Id).Take(FeedSize).ToListAsync(ct);
            return Results.Text(AtomFeedWriter.Write("LegalReview — " + watch.Name, links.SearchFeed(token), $"urn:legalreview:feed:watch:{watch.Id}",
                items, links, time.GetUtcNow()), AtomType);
        }).AllowAnonymous();
    }
}
