using LegalReview.Crawlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Crawling;

/// <summary>
/// Runs one crawl of a source into the database: the crawler's state in <see cref="EfCrawlStateStore"/> (a killed
/// crawl resumes), each document stored through <see cref="CrawlIngestionService"/> before the next is asked for, and
/// the health rule applied at the end. Shared by the Hangfire job and <c>legalreview crawl</c>.
/// </summary>
public sealed class CrawlRunner(
    LegalReviewDbContext db, CrawlIngestionService ingestion, TimeProvider time, ILogger<CrawlRunner> logger)
{
    /// <summary>Consecutive scheduled runs without any document after which a source is unhealthy.</summary>
    public const int EmptyScheduledRunsLimit = 3;

    /// <summary>Crawls <paramref name="sourceId"/> with <paramref name="crawler"/>.</summary>
    /// <param name="sourceId">Configured source id (state key; several sources may share a crawler kind).</param>
    /// <param name="crawler">The source's crawler.</param>
    /// <param name="request">What to crawl.</param>
    /// <param name="trigger"><c>scheduled</c>, <c>manual</c> or <c>cli</c>; only scheduled runs count for the empty-runs rule.</param>
    /// <param name="checkEmptyRuns">False for sources that are often legitimately empty (a file drop).</param>
    /// <param name="progress">Live counters.</param>
    /// <param name="cancellationToken">Stops the crawl; the run stays resumable.</param>
    public async Task<CrawlRunSummary> RunAsync(
        string sourceId, ICrawler crawler, CrawlRequest request, string trigger, bool checkEmptyRuns,
        IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var store = new EfCrawlStateStore(db, sourceId, trigger);
        int stored = 0, rejected = 0;
        string? runId = null;
        await foreach (var document in crawler.CrawlAsync(request, store, progress, cancellationToken).ConfigureAwait(false))
        {
            // Not cancellable half-way: the crawler has handed the document over and will mark it done.
            var result = await ingestion.IngestAsync(document, CancellationToken.None).ConfigureAwait(false);
            if (result.Stored) stored++;
            if (result.Status == CrawlIngestStatus.Rejected) rejected++;
            if (result.Stored)
            {
                runId ??= (await store.GetRunAsync(CancellationToken.None).ConfigureAwait(false))!.RunId;
                await db.CrawlRuns.Where(r => r.RunId == runId)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Stored, r => r.Stored + 1), CancellationToken.None)
                    .ConfigureAwait(false);
            }
        }

        var run = await db.CrawlRuns.Where(r => r.SourceId == sourceId).OrderByDescending(r => r.Id)
            .FirstAsync(CancellationToken.None).ConfigureAwait(false);
        string? unhealthy = null;
        if (run.FinishedAt is not null)
        {
            unhealthy = await CheckHealthAsync(run, checkEmptyRuns, CancellationToken.None).ConfigureAwait(false);
        }

        var faults = await db.CrawlFaults.CountAsync(f => f.RunId == run.RunId, CancellationToken.None).ConfigureAwait(false);
        logger.LogInformation(
            "Crawl {Source} run {Run}: fetched {Fetched}, new {New}, changed {Changed}, unchanged {Unchanged}, failed {Failed}, stored {Stored}",
            sourceId, run.RunId, run.Fetched, run.New, run.Changed, run.Unchanged, run.Failed, stored);
        return new CrawlRunSummary(sourceId, run.RunId, run.FinishedAt is not null, run.Fetched, run.New, run.Changed,
            run.Unchanged, run.Failed, stored, rejected, faults, unhealthy);
    }

    /// <summary>
    /// Health rule: a run that fetched pages but yielded no document at all (new, changed or unchanged), or the
    /// <see cref="EmptyScheduledRunsLimit"/>th scheduled run in a row without documents, is unhealthy and raises an
    /// <see cref="AdminAlert"/> in the same transaction — never a silent success.
    /// </summary>
    private async Task<string?> CheckHealthAsync(CrawlRunRecord run, bool checkEmptyRuns, CancellationToken ct)
    {
        string? reason = null;
        if (run.Fetched > 0 && run.New + run.Changed + run.Unchanged == 0)
        {
            reason = $"Nguồn {run.SourceId}: đã tải {run.Fetched} trang nhưng không phân tích được văn bản nào (có thể trang web đã đổi bố cục).";
        }
        else if (checkEmptyRuns && run.Trigger == "scheduled")
        {
            var last = await db.CrawlRuns.AsNoTracking()
                .Where(r => r.SourceId == run.SourceId && r.Trigger == "scheduled" && r.FinishedAt != null)
                .OrderByDescending(r => r.Id).Take(EmptyScheduledRunsLimit)
                .Select(r => r.New + r.Changed + r.Unchanged)
                .ToListAsync(ct).ConfigureAwait(false);
            if (last.Count == EmptyScheduledRunsLimit && last.All(n => n == 0))
                reason = $"Nguồn {run.SourceId}: {EmptyScheduledRunsLimit} lần chạy theo lịch liên tiếp không có văn bản nào.";
        }

        if (reason is null) return null;
        var tracked = await db.CrawlRuns.FirstAsync(r => r.Id == run.Id, ct).ConfigureAwait(false);
        tracked.UnhealthyReason = reason;
        var origin = "crawl:" + run.SourceId;
        var open = await db.AdminAlerts.AnyAsync(a => a.Origin == origin && a.AcknowledgedAt == null && a.Message == reason, ct).ConfigureAwait(false);
        if (!open) db.AdminAlerts.Add(new AdminAlert { CreatedAt = time.GetUtcNow(), Origin = origin, Message = reason });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        logger.LogWarning("Crawl source {Source} unhealthy: {Reason}", run.SourceId, reason);
        return reason;
    }
}
