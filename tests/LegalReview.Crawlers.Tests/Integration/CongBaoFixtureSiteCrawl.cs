using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.CongBao;
using LegalReview.Crawlers.State;
using LegalReview.Crawlers.Tests.Support;

namespace LegalReview.Crawlers.Tests.Integration;

/// <summary>The gazette crawler against a local Domino-like site: year view → issues → document rows → attached files.</summary>
public sealed class CongBaoFixtureSiteCrawl
{
    [Fact]
    public async Task Crawl_GazetteYear_YieldsEveryDocumentWithAFileAndRecordsTheOneWithout()
    {
        var site = new CongBaoFixtureSite(issues: 4, perIssue: 12);
        await using var server = await KestrelFixtureServer.StartAsync((path, _) => site.Handle(path));
        var fetcher = PoliteFetcher.Create(VbplFaultyFixtureSiteCrawl.FastOptions());
        var store = new InMemoryCrawlStateStore();
        var crawler = new CongBaoCrawler(fetcher, TimeProvider.System);

        var documents = new List<CrawledDocument>();
        var options = new Dictionary<string, string> { ["year"] = "2026" };
        await foreach (var d in crawler.CrawlAsync(new CrawlRequest(server.BaseUrl, Options: options), store, null, Guard.Token))
            documents.Add(d);

        documents.Select(d => d.Url).ShouldBe(site.FetchableDocuments(server.BaseUrl), ignoreOrder: true);
        var first = documents.Single(d => d.Metadata.Number == "101/2026/QĐ-UBND");
        first.MediaType.ShouldBe("application/msword");
        first.Metadata.TypeName.ShouldBe("Quyết định");
        first.Metadata.Issuer.ShouldBe("UBND tỉnh");
        first.Metadata.IssuedOn.ShouldBe(new DateOnly(2026, 7, 1));
        first.Metadata.Fields!["Phần"].ShouldBe("Phần văn bản quy phạm pháp luật");
        first.Metadata.Fields["Số công báo"].ShouldBe("Số 01 Ngày 1/7/2026");
        first.Metadata.Fields["Tệp"].ShouldEndWith("$file/QD%20so%201.1.doc");
        var fault = (await store.GetFaultsAsync(Guard.Token)).ShouldHaveSingleItem();
        fault.Url.ShouldBe(site.DocumentWithoutFile(server.BaseUrl));
        fault.Kind.ShouldBe("NoFile");
        fetcher.Statistics.FaultCount(FetchFaultKind.ServerError).ShouldBe(1);
    }
}
