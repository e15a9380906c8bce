using System.Text;
using LegalReview.Crawlers.Benchmarks;
using LegalReview.Crawlers.Tests.Support;

namespace LegalReview.Crawlers.Tests.Sources;

public sealed class PageParsersTests
{
    [Fact]
    public void ParsePage_UnknownSource_ThrowsArgumentExceptionNamingKnownSources()
    {
        var error = Should.Throw<ArgumentException>(() => PageParsers.ParsePage("chinhphu", "a.html", "<p/>"u8.ToArray()));
        error.Message.ShouldContain("vbpl, congbao, thuvienphapluat, localfolder");
    }

    [Fact]
    public void ParsePage_ThuVienPhapLuatPageWithoutContent_ThrowsLayoutException()
    {
        var html = File.ReadAllText(RepoPaths.Combine("crawlers", "LegalReview.Crawlers", "Sources", "ThuVienPhapLuat", "examples", "luat-an-ninh-mang-2018_24-2018-QH14.html"))
            .Replace("class=\"content1\"", "class=\"noi-dung-moi\"");
        var error = Should.Throw<PageLayoutException>(() => PageParsers.ParsePage("thuvienphapluat", "x.html", Encoding.UTF8.GetBytes(html)));
        error.Message.ShouldContain("div.content1");
    }

    [Fact]
    public void ParsePage_VbplListingItemWithoutLink_ThrowsLayoutException()
    {
        var html = "<ul class=\"listLaw\"><li><p class=\"title\">Bộ luật 45/2019/QH14</p></li></ul>";
        Should.Throw<PageLayoutException>(() => PageParsers.ParsePage("vbpl", "listing.html", Encoding.UTF8.GetBytes(html)))
            .Message.ShouldContain("p.title link");
    }

    [Fact]
    public void ParsePage_CongBaoUnknownPage_ThrowsLayoutException() =>
        Should.Throw<PageLayoutException>(() => PageParsers.ParsePage("congbao", "x.html", "<html><body><p>Bảo trì</p></body></html>"u8.ToArray()));

    [Fact]
    public void ParsePage_VbplApiWithoutData_ThrowsLayoutException() =>
        Should.Throw<PageLayoutException>(() => PageParsers.ParsePage("vbpl", "doc.json", "{\"error\":\"not found\"}"u8.ToArray()))
            .Message.ShouldContain("'data'");

    [Fact]
    public async Task CrawlBenchmark_SmallSite_CrawlsEveryDocument()
    {
        var result = await new CrawlBenchmark().RunAsync(60, Guard.Token);
        result.Documents.ShouldBe(60);
        result.PagesPerSecond.ShouldBeGreaterThan(0);
        result.Pages.ShouldBeGreaterThanOrEqualTo(60);
    }
}
