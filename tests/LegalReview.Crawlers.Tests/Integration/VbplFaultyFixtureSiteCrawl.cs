using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.Vbpl;
using LegalReview.Crawlers.State;
using LegalReview.Crawlers.Tests.Support;

namespace LegalReview.Crawlers.Tests.Integration;

/// <summary>The vbpl crawler against a real local HTTP server serving 230 documents with every kind of fault.</summary>
public sealed class VbplFaultyFixtureSiteCrawl
{
    private static readonly Dictionary<int, FixtureFault> Faults = new()
    {
        [3] = FixtureFault.TimeoutOnce,
        [5] = FixtureFault.ServerErrorOnce,
        [7] = FixtureFault.TooManyRequestsOnce,
        [9] = FixtureFault.TruncatedOnce,
        [11] = FixtureFault.RedirectLoop,
        [13] = FixtureFault.WrongCharset,
        [15] = FixtureFault.Oversized,
        [17] = FixtureFault.ChangedLayout,
        [19] = FixtureFault.RobotsDisallowed,
    };

    internal static FetcherOptions FastOptions() => new()
    {
        RequestsPerSecondPerHost = 0,
        Timeout = TimeSpan.FromSeconds(2),
        MaxRetries = 3,
        BaseBackoff = TimeSpan.FromMilliseconds(10),
        MaxRetryWait = TimeSpan.FromMilliseconds(50),
        MaxResponseBytes = 1024 * 1024,
    };

    [Fact]
    public async Task Crawl_SiteWithInjectedFaults_YieldsEveryFetchableDocumentOnceAndRecordsEveryFault()
    {
        var site = new VbplFixtureSite(230, Faults) { SlowDelay = TimeSpan.FromSeconds(6), OversizedBytes = 2 * 1024 * 1024 };
        await using var server = await KestrelFixtureServer.StartAsync(site.Handle);
        var fetcher = PoliteFetcher.Create(FastOptions());
        var store = new InMemoryCrawlStateStore();
        var crawler = new VbplCrawler(fetcher, TimeProvider.System);
        var progress = new List<CrawlProgress>();

        var documents = new List<CrawledDocument>();
        await foreach (var document in crawler.CrawlAsync(new CrawlRequest(server.BaseUrl), store, new SyncProgress(progress), Guard.Token))
            documents.Add(document);

        var permanent = new[] { FixtureFault.RedirectLoop, FixtureFault.Oversized, FixtureFault.ChangedLayout, FixtureFault.RobotsDisallowed };
        var fetchable = site.Documents.Where(d => !permanent.Contains(site.FaultOf(d))).ToList();
        documents.Select(d => d.Url).ShouldBe(fetchable.Select(d => VbplFixtureSite.CanonicalUrl(server.BaseUrl, d)), ignoreOrder: true);
        documents.Select(d => d.Url).Distinct().Count().ShouldBe(documents.Count);

        // Nothing lost: every yielded document carries its metadata, text and relations.
        foreach (var (document, expected) in documents.Join(fetchable, d => d.Url, f => VbplFixtureSite.CanonicalUrl(server.BaseUrl, f), (d, f) => (d, f)))
        {
            document.Metadata.Number.ShouldBe(expected.Number);
            document.Metadata.Title.ShouldBe(expected.Title);
            document.Metadata.Signer.ShouldBe(expected.Signer);
            document.Metadata.IssuedOn.ShouldBe(expected.IssuedOn);
            document.Metadata.ValidityStatusText.ShouldBe(expected.Status);
            document.Paragraphs.ShouldBe(expected.Paragraphs);
            document.Relations.Count.ShouldBe(expected.Relations.Count);
            document.Sha256.ShouldBe(Hashing.Sha256Hex(document.RawBytes));
        }
        documents.Count(d => d.MediaType == "application/json").ShouldBe(fetchable.Count(d => d.Uuid is not null));

        var faults = await store.GetFaultsAsync(Guard.Token);
        faults.Select(f => (f.Url, f.Kind)).ShouldBe(site.Documents.Where(d => permanent.Contains(site.FaultOf(d)))
            .Select(d => (VbplFixtureSite.CanonicalUrl(server.BaseUrl, d), site.FaultOf(d) switch
            {
                FixtureFault.RedirectLoop => nameof(FetchFaultKind.RedirectLoop),
                FixtureFault.Oversized => nameof(FetchFaultKind.TooLarge),
                FixtureFault.ChangedLayout => "Layout",
                _ => nameof(FetchFaultKind.RobotsDisallowed),
            })), ignoreOrder: true);

        var stats = fetcher.Statistics;
        // A loaded machine may time out an extra request; the retry then succeeds, so only "at least" is certain.
        stats.FaultCount(FetchFaultKind.Timeout).ShouldBeGreaterThanOrEqualTo(1, stats.ToString());
        stats.FaultCount(FetchFaultKind.ServerError).ShouldBe(1, stats.ToString());
        stats.FaultCount(FetchFaultKind.TooManyRequests).ShouldBe(1, stats.ToString());
        stats.FaultCount(FetchFaultKind.Truncated).ShouldBe(1, stats.ToString());
        stats.FaultCount(FetchFaultKind.CharsetMismatch).ShouldBe(1, stats.ToString());
        stats.FaultCount(FetchFaultKind.RedirectLoop).ShouldBe(1, stats.ToString());
        stats.FaultCount(FetchFaultKind.TooLarge).ShouldBe(1, stats.ToString());
        stats.FaultCount(FetchFaultKind.RobotsDisallowed).ShouldBe(1, stats.ToString());
        stats.Retries.ShouldBe(4 + stats.FaultCount(FetchFaultKind.Timeout) - 1, stats.ToString());
        stats.RobotsFetches.ShouldBe(1);

        var run = (await store.GetRunAsync(Guard.Token))!;
        run.FinishedAt.ShouldNotBeNull();
        run.Counters.New.ShouldBe(fetchable.Count);
        run.Counters.Failed.ShouldBe(permanent.Length);
        progress[^1].New.ShouldBe(fetchable.Count);
        progress[^1].Pending.ShouldBe(0);
    }

    [Fact]
    public async Task Crawl_WrongCharsetDeclared_DecodesVietnameseCorrectly()
    {
        var site = new VbplFixtureSite(2, new Dictionary<int, FixtureFault> { [1] = FixtureFault.WrongCharset }, apiEvery: 0);
        await using var server = await KestrelFixtureServer.StartAsync(site.Handle);
        var crawler = new VbplCrawler(PoliteFetcher.Create(FastOptions()), TimeProvider.System);

        var documents = new List<CrawledDocument>();
        await foreach (var d in crawler.CrawlAsync(new CrawlRequest(server.BaseUrl), new InMemoryCrawlStateStore(), null, Guard.Token))
            documents.Add(d);

        var wrong = documents.Single(d => d.Metadata.Number == site.Documents[0].Number);
        wrong.Paragraphs.ShouldContain("Điều 1. Nội dung điều 1 của văn bản số 1");
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; tests need the reports in order and complete.</summary>
    internal sealed class SyncProgress(List<CrawlProgress> into) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => into.Add(value);
    }
}
