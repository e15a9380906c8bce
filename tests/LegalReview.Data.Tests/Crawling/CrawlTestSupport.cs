using LegalReview.Crawlers;
using LegalReview.Crawlers.Http;
using LegalReview.Data.Crawling;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Data.Tests.Crawling;

/// <summary>Shared helpers for the crawl tests: ingestion wiring, a temp folder of real sample laws, fast fetcher options.</summary>
internal static class CrawlTestSupport
{
    public static readonly string[] SampleLaws =
    [
        "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt",
        "laws/luat-cong-doan-2012_12-2012-QH13.txt",
        "laws/luat-viec-lam-2013_38-2013-QH13.txt",
        "laws/luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt",
    ];

    public static CrawlIngestionService Ingestion(TestDatabase database, LegalReviewDbContext db) =>
        new(db, database.Importer(db), database.Time, NullLogger<CrawlIngestionService>.Instance);

    /// <summary>A temp folder holding copies of <see cref="SampleLaws"/> and one corrupt .pdf.</summary>
    public static string InboxWithSamples()
    {
        var folder = Path.Combine(Path.GetTempPath(), "legalreview-tests", "inbox-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var law in SampleLaws) File.Copy(RepoPaths.Sample(law), Path.Combine(folder, Path.GetFileName(law)));
        File.WriteAllText(Path.Combine(folder, "hong.pdf"), "not a pdf at all");
        return folder;
    }

    public static FetcherOptions FastFetcher() => new()
    {
        RequestsPerSecondPerHost = 0,
        Timeout = TimeSpan.FromSeconds(5),
        MaxRetries = 2,
        BaseBackoff = TimeSpan.FromMilliseconds(10),
        MaxRetryWait = TimeSpan.FromMilliseconds(50),
        MaxResponseBytes = 1024 * 1024,
    };

    /// <summary>Crawls and ingests each document before asking for the next (as the crawler contract requires).</summary>
    public static async Task<List<CrawledDocument>> CrawlAndIngestAsync(
        ICrawler crawler, CrawlRequest request, EfCrawlStateStore store, CrawlIngestionService ingestion,
        int? cancelAfter, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var yielded = new List<CrawledDocument>();
        try
        {
            await foreach (var document in crawler.CrawlAsync(request, store, null, cts.Token))
            {
                await ingestion.IngestAsync(document, CancellationToken.None);
                yielded.Add(document);
                if (yielded.Count == cancelAfter) await cts.CancelAsync();
            }
        }
        catch (OperationCanceledException) when (cancelAfter is not null && !ct.IsCancellationRequested)
        {
            // The "kill": the caller resumes with a fresh store and context.
        }
        return yielded;
    }
}
