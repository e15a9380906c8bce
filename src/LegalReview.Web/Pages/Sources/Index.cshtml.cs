using LegalReview.Crawlers;
using LegalReview.Data;
using LegalReview.Data.Crawling;
using LegalReview.Web.Accounts;
using LegalReview.Web.Crawling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Pages.Sources;

/// <summary>Crawl sources: schedule, last runs, live progress, faults, alerts (Admin and Lead; editing for Admin).</summary>
[Authorize(Policy = CrawlingSetup.SourcesPolicy)]
public sealed class IndexModel(
    CrawlSourceCatalog catalog, CrawlScheduler scheduler, CrawlProgressTracker tracker, AdminAlerts alerts,
    LegalReviewDbContext db) : PageModel
{
    /// <summary>One source with what the page shows about it.</summary>
    public sealed record SourceRow(CrawlSourceOptions Source, string Cron, CrawlProgress? Running, IReadOnlyList<CrawlRunRecord> Runs);

    public IReadOnlyList<SourceRow> Rows { get; private set; } = [];
    public IReadOnlyList<AdminAlert> Alerts { get; private set; } = [];
    public CrawlRunRecord? SelectedRun { get; private set; }
    public IReadOnlyList<CrawlFaultRecord> Faults { get; private set; } = [];
    public bool IsAdmin => User.IsInRole(Roles.Admin);
    public bool Refresh { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(string? run, bool queued, CancellationToken ct)
    {
        var rows = new List<SourceRow>();
        foreach (var source in catalog.Sources)
        {
            var runs = await db.CrawlRuns.AsNoTracking().Where(r => r.SourceId == source.Id)
                .OrderByDescending(r => r.Id).Take(5).ToListAsync(ct);
            rows.Add(new SourceRow(source, await scheduler.CronAsync(source.Id, ct), tracker.Current(source.Id), runs));
        }
        Rows = rows;
        Alerts = await alerts.OpenAsync(ct);
        if (run is not null)
        {
            SelectedRun = await db.CrawlRuns.AsNoTracking().FirstOrDefaultAsync(r => r.RunId == run, ct);
            Faults = await db.CrawlFaults.AsNoTracking().Where(f => f.RunId == run).OrderBy(f => f.Id).Take(500).ToListAsync(ct);
        }
        // Live progress without script: the page reloads itself while a crawl runs or was just queued.
        Refresh = queued || tracker.AnyRunning;
    }

    public IActionResult OnPostRunNow(string id)
    {
        if (!IsAdmin) return Forbid();
        if (catalog.Find(id) is null) return NotFound();
        scheduler.RunNow(id);
        Message = $"Đã xếp lịch chạy ngay nguồn {id}.";
        return RedirectToPage(new { queued = true });
    }

    public async Task<IActionResult> OnPostCronAsync(string id, string cron, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        var error = await scheduler.SaveCronAsync(id, cron ?? "", User.Identity?.Name, ct);
        Message = error ?? $"Đã lưu lịch '{cron}' cho nguồn {id}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(long alertId, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        await alerts.AcknowledgeAsync(alertId, ct);
        return RedirectToPage();
    }
}
