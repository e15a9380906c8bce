using Hangfire;
using LegalReview.Crawlers;
using LegalReview.Crawlers.Http;
using LegalReview.Data.Crawling;

namespace LegalReview.Web.Crawling;

/// <summary>
/// Hangfire job: one crawl of one source. Arguments are ids only; re-running is harmless (known content is skipped,
/// an unfinished run resumes). One run per source at a time: a second call waits for the lock, then finds nothing new.
/// </summary>
public sealed class CrawlJob(
    CrawlSourceCatalog catalog, CrawlRunner runner, PoliteFetcher fetcher, CrawlProgressTracker tracker,
    TimeProvider time, LegalReview.Web.Search.SearchSyncTrigger searchSync, ILogger<CrawlJob> logger)
{
    /// <param name="sourceId">A configured source id.</param>
    /// <param name="trigger"><c>scheduled</c> or <c>manual</c>.</param>
    /// <param name="ct">Hangfire's shutdown token.</param>
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string sourceId, string trigger, CancellationToken ct)
    {
        var source = catalog.Find(sourceId);
        if (source is null)
        {
            logger.LogWarning("Crawl job for unknown source {Source} ignored", sourceId);
            return;
        }

        var folder = source.Kind == "localfolder" ? source.BaseUrl : null;
        if (folder is not null) Directory.CreateDirectory(folder);
        Uri? baseUrl = source.Kind != "localfolder" && !string.IsNullOrWhiteSpace(source.BaseUrl) ? new Uri(source.BaseUrl) : null;
        var crawler = CrawlerKinds.Create(source.Kind, fetcher, time, folder);
        tracker.Started(sourceId);
        try
        {
            var progress = new SyncProgress(p => tracker.Report(sourceId, p));
            await runner.RunAsync(sourceId, crawler, new CrawlRequest(baseUrl, Options: source.Options), trigger,
                checkEmptyRuns: source.Kind != "localfolder", progress, ct);
            searchSync.Enqueue("crawl of " + sourceId);
        }
        finally
        {
            tracker.Stopped(sourceId);
        }
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => report(value);
    }
}
