using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.Vbpl;
using LegalReview.Crawlers.State;
using LegalReview.Crawlers.Tests.Integration;
using LegalReview.Crawlers.Tests.Support;

namespace LegalReview.Crawlers.Tests.Sources;

public sealed class VbplCrawlerTests
{
    [Fact]
    public async Task Crawl_ProvincialUnitWithoutDvid_FailsWithClearMessage()
    {
        var crawler = new VbplCrawler(PoliteFetcher.Create(new FetcherOptions()), TimeProvider.System);
        var request = new CrawlRequest(Options: new Dictionary<string, string> { ["unit"] = VbplCrawler.DefaultProvincialUnit });

        var error = await Should.ThrowAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in crawler.CrawlAsync(request, new InMemoryCrawlStateStore(), null, Guard.Token)) { }
        });
        error.Message.ShouldContain("'dvid'");
    }

    [Fact]
    public async Task Crawl_ProvincialUnitWithDvid_SeedsListingWithThatDvidAndStopsAtMaxDocuments()
    {
        var site = new VbplFixtureSite(40);
        var seen = new List<string>();
        await using var server = await KestrelFixtureServer.StartAsync((path, etag) => { lock (seen) seen.Add(path); return site.Handle(path, etag); });
        var crawler = new VbplCrawler(PoliteFetcher.Create(VbplFaultyFixtureSiteCrawl.FastOptions()), TimeProvider.System);
        var store = new InMemoryCrawlStateStore();
        var request = new CrawlRequest(server.BaseUrl, MaxDocuments: 5, Options: new Dictionary<string, string> { ["unit"] = "langson", ["dvid"] = "170" });

        var documents = new List<CrawledDocument>();
        await foreach (var d in crawler.CrawlAsync(request, store, null, Guard.Token)) documents.Add(d);

        seen.ShouldContain(p => p.Contains("pKetQuaTimKiem.aspx?dvid=170&"));
        documents.Count.ShouldBe(5);
        (await store.GetRunAsync(Guard.Token))!.FinishedAt.ShouldBeNull(); // the limit leaves the run resumable
    }
}
