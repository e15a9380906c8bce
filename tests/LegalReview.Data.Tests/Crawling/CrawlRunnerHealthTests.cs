using LegalReview.Crawlers;
using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.Vbpl;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Data.Tests.Crawling;

/// <summary>The health rule: pages fetched but nothing parsed is never a silent success.</summary>
public sealed class CrawlRunnerHealthTests
{
    [Fact]
    public async Task RunAsync_SiteWhoseLayoutChanged_MarksRunUnhealthyAndRaisesOneAdminAlert()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var site = new VbplFixtureSite(3, new Dictionary<int, FixtureFault>
        {
            [1] = FixtureFault.ChangedLayout, [2] = FixtureFault.ChangedLayout, [3] = FixtureFault.ChangedLayout,
        }, apiEvery: 0);
        await using var server = new FixtureHttpServer(site.Handle);
        var crawler = new VbplCrawler(PoliteFetcher.Create(CrawlTestSupport.FastFetcher()), database.Time);

        var summaries = new List<CrawlRunSummary>();
        for (var i = 0; i < 2; i++)
        {
            await using var db = database.Context();
            var runner = new CrawlRunner(db, CrawlTestSupport.Ingestion(database, db), database.Time, NullLogger<CrawlRunner>.Instance);
            summaries.Add(await runner.RunAsync("vbpl-tw", crawler, new CrawlRequest(server.BaseUrl), "scheduled", true, null, CancellationToken.None));
        }

        summaries.ShouldAllBe(s => s.Finished && s.Fetched > 0 && s.New == 0 && s.Failed == 3 && s.UnhealthyReason != null);
        await using var check = database.Context();
        (await check.CrawlRuns.CountAsync(r => r.UnhealthyReason != null)).ShouldBe(2);
        var alert = await check.AdminAlerts.SingleAsync();
        alert.Origin.ShouldBe("crawl:vbpl-tw");
        alert.Message.ShouldContain("không phân tích được văn bản nào");
        (await check.CrawlFaults.CountAsync(f => f.Kind == "Layout")).ShouldBe(6);
    }
}
