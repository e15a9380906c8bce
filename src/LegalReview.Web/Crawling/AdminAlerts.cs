using LegalReview.Data;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Crawling;

/// <summary>Open admin alerts (unhealthy crawl sources …) for the nav badge and the Sources page.</summary>
public sealed class AdminAlerts(LegalReviewDbContext db, TimeProvider time)
{
    // The navigation asks on every admin page view; compiled once, the count skips EF's per-call query lookup.
    private static readonly Func<LegalReviewDbContext, CancellationToken, Task<int>> OpenCount =
        EF.CompileAsyncQuery((LegalReviewDbContext c, CancellationToken ct) => c.AdminAlerts.Count(a => a.AcknowledgedAt == null));

    public Task<int> CountOpenAsync(CancellationToken ct) => OpenCount(db, ct);

    public Task<List<AdminAlert>> OpenAsync(CancellationToken ct) =>
        db.AdminAlerts.AsNoTracking().Where(a => a.AcknowledgedAt == null).OrderByDescending(a => a.Id).Take(50).ToListAsync(ct);

    public async Task AcknowledgeAsync(long id, CancellationToken ct) =>
        await db.AdminAlerts.Where(a => a.Id == id && a.AcknowledgedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AcknowledgedAt, time.GetUtcNow()), ct);
}
