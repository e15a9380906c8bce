using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.Vbpl;
using LegalReview.Crawlers.State;
using LegalReview.Crawlers.Tests.Support;

namespace LegalReview.Crawlers.Tests.Integration;

/// <summary>A crawl killed half-way (cancellation, state in a JSON file) resumes in a "new process" and completes with no duplicate.</summary>
public sealed class KilledCrawlResume : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crawl-resume-").FullName;

    [Fact]
    public async Task Crawl_KilledMidwayThenRestarted_CompletesWithoutDuplicates()
    {
        var site = new VbplFixtureSite(210);
        await using var server = await KestrelFixtureServer.StartAsync(site.Handle);
        var statePath = Path.Combine(_folder, "vbpl.state.json");
        var request = new CrawlRequest(server.BaseUrl);

        var firstRun = new List<Uri>();
        using (var kill = new CancellationTokenSource())
        {
            var crawler = new VbplCrawler(PoliteFetcher.Create(VbplFaultyFixtureSiteCrawl.FastOptions()), TimeProvider.System);
            await Should.ThrowAsync<OperationCanceledException>(async () =>
            {
                await foreach (var document in crawler.CrawlAsync(request, new JsonFileCrawlStateStore(statePath), null, kill.Token))
                {
                    firstRun.Add(document.Url); // "stored" before asking for the next one
                    if (firstRun.Count == 77) await kill.CancelAsync();
                }
            });
        }
        firstRun.Count.ShouldBe(77);
        File.Exists(statePath + ".tmp").ShouldBeFalse();

        // A new process: new fetcher, new store object reading the same file.
        var store = new JsonFileCrawlStateStore(statePath);
        var resumedCrawler = new VbplCrawler(PoliteFetcher.Create(VbplFaultyFixtureSiteCrawl.FastOptions()), TimeProvider.System);
        var secondRun = new List<Uri>();
        await foreach (var document in resumedCrawler.CrawlAsync(request, store, null, Guard.Token))
            secondRun.Add(document.Url);

        var run = (await store.GetRunAsync(Guard.Token))!;
        run.Resumed.ShouldBeTrue();
        run.FinishedAt.ShouldNotBeNull();
        secondRun.Intersect(firstRun).ShouldBeEmpty();
        firstRun.Concat(secondRun).ShouldBe(site.Documents.Select(d => VbplFixtureSite.CanonicalUrl(server.BaseUrl, d)), ignoreOrder: true);
        run.Counters.New.ShouldBe(site.Documents.Count);
        (await store.GetFaultsAsync(Guard.Token)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Crawl_AgainAfterStatusChange_YieldsOnlyTheChangedDocument()
    {
        var site = new VbplFixtureSite(30, apiEvery: 10);
        await using var server = await KestrelFixtureServer.StartAsync(site.Handle);
        var store = new JsonFileCrawlStateStore(Path.Combine(_folder, "again.state.json"));
        var fetcher = PoliteFetcher.Create(VbplFaultyFixtureSiteCrawl.FastOptions());
        var crawler = new VbplCrawler(fetcher, TimeProvider.System);
        var request = new CrawlRequest(server.BaseUrl);
        (await Collect(crawler, request, store)).Count.ShouldBe(30);

        var unchanged = await Collect(crawler, request, store);
        unchanged.ShouldBeEmpty();
        var second = (await store.GetRunAsync(Guard.Token))!;
        second.Resumed.ShouldBeFalse();
        second.Counters.Unchanged.ShouldBe(30);
        fetcher.Statistics.NotModified304.ShouldBeGreaterThanOrEqualTo(30 * 3);

        site.SetStatus(site.Documents[3], "Hết hiệu lực toàn bộ");
        site.SetStatus(site.Documents[9], "Hết hiệu lực một phần");
        var changed = await Collect(crawler, request, store);
        changed.Select(d => d.Metadata.ValidityStatusText).ShouldBe(["Hết hiệu lực toàn bộ", "Hết hiệu lực một phần"], ignoreOrder: true);
        changed.Select(d => d.Url).ShouldBe(new[] { site.Documents[3], site.Documents[9] }.Select(d => VbplFixtureSite.CanonicalUrl(server.BaseUrl, d)), ignoreOrder: true);
        changed.Single(d => d.Url.AbsolutePath.StartsWith("/TW/")).Paragraphs.ShouldNotBeEmpty(); // 304 pages were refetched in full
        (await store.GetRunAsync(Guard.Token))!.Counters.Changed.ShouldBe(2);
    }

    private static async Task<List<CrawledDocument>> Collect(ICrawler crawler, CrawlRequest request, ICrawlStateStore store)
    {
        var documents = new List<CrawledDocument>();
        await foreach (var d in crawler.CrawlAsync(request, store, null, Guard.Token)) documents.Add(d);
        return documents;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
