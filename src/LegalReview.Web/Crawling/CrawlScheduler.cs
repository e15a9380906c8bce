using Hangfire;
using LegalReview.Data;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Crawling;

/// <summary>Registers the recurring job of each source (cron from the database, else configuration) and edits schedules.</summary>
public sealed class CrawlScheduler(
    CrawlSourceCatalog catalog, LegalReviewDbContext db, IRecurringJobManager recurring, IBackgroundJobClient jobs, TimeProvider time)
{
    /// <summary>The schedule in force: an admin's saved cron, else the configured one.</summary>
    public async Task<string> CronAsync(string sourceId, CancellationToken ct)
    {
        var saved = await db.CrawlSchedules.AsNoTracking().FirstOrDefaultAsync(s => s.SourceId == sourceId, ct);
        return saved?.Cron ?? catalog.Find(sourceId)?.Cron ?? "";
    }

    /// <summary>Adds or updates <c>crawl:{id}</c> for enabled sources; removes it for disabled ones.</summary>
    public async Task RegisterAllAsync(CancellationToken ct)
    {
        foreach (var source in catalog.Sources)
        {
            var jobId = CrawlSourceCatalog.JobId(source.Id);
            if (!source.Enabled)
            {
                recurring.RemoveIfExists(jobId);
                continue;
            }
            var id = source.Id;
            recurring.AddOrUpdate<CrawlJob>(jobId, job => job.RunAsync(id, "scheduled", CancellationToken.None), await CronAsync(id, ct));
        }
    }

    /// <summary>Validates and saves a new cron for a source; returns a Vietnamese error or null.</summary>
    public async Task<string?> SaveCronAsync(string sourceId, string cron, string? user, CancellationToken ct)
    {
        var source = catalog.Find(sourceId);
        if (source is null) return "Không có nguồn này.";
        cron = cron.Trim();
        // Hangfire parses cron itself (its parser is internal): registering is the validation. A disabled source
        // is checked on a throw-away job id so it stays unscheduled.
        var jobId = source.Enabled ? CrawlSourceCatalog.JobId(sourceId) : "crawl-validate:" + sourceId;
        try
        {
            recurring.AddOrUpdate<CrawlJob>(jobId, job => job.RunAsync(sourceId, "scheduled", CancellationToken.None), cron);
        }
        catch (ArgumentException e)
        {
            return $"Biểu thức cron không hợp lệ: {e.Message.Split('\n')[0]}";
        }
        finally
        {
            if (!source.Enabled) recurring.RemoveIfExists(jobId);
        }

        var row = await db.CrawlSchedules.FirstOrDefaultAsync(s => s.SourceId == sourceId, ct);
        if (row is null) db.CrawlSchedules.Add(row = new CrawlSourceSchedule { SourceId = sourceId });
        row.Cron = cron;
        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedBy = user;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Queues a manual run ("Chạy ngay"); returns the Hangfire job id.</summary>
    public string RunNow(string sourceId) =>
        jobs.Enqueue<CrawlJob>(job => job.RunAsync(sourceId, "manual", CancellationToken.None));
}
