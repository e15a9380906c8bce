using System.Net;
using HtmlAgilityPack;
using LegalReview.Crawlers;
using LegalReview.Web.Security;

namespace LegalReview.Web.Tests.Security;

/// <summary>
/// Hostile documents (OWASP XSS vectors in .txt/.html/.docx uploads, crawled metadata fields and a crawled page)
/// reach every page that shows document text or fields, and nothing executable reaches the browser.
/// </summary>
public sealed class XssTests(XssDocumentsFactory factory) : IClassFixture<XssDocumentsFactory>
{
    public static TheoryData<string> Pages => new()
    {
        "/documents", "/documents?q=alert", "/documents/{text}", "/documents/{html}", "/documents/{docx}",
        "/documents/{crawled}", "/documents/{page}", "/documents/{text}/relations", "/documents/{crawled}/relations",
        "/documents/{text}/timeline?p=dieu-1", "/compare?a={text}&b={docx}", "/compare?a={text}&b={crawled}&view=side",
        "/compare?a={html}&b={page}", "/search?q=alert", "/search?q=javascript", "/search?q=" + "%3Cscript%3E",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_WithHostileDocuments_RendersNothingExecutable(string template)
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var path = template.Replace("{text}", $"{factory.TextId}").Replace("{html}", $"{factory.HtmlId}")
            .Replace("{docx}", $"{factory.DocxId}").Replace("{crawled}", $"{factory.CrawledId}").Replace("{page}", $"{factory.PageId}");

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        var html = await response.Content.ReadAsStringAsync();
        ExecutableMarkup.Find(html).ShouldBeEmpty(path);
    }

    [Fact]
    public async Task DocumentPage_TextUploadWithVectors_ShowsThemAsVisibleText()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);

        var html = await client.GetStringAsync($"/documents/{factory.TextId}");

        // The vectors are kept as the document's words (a reviewer must see what the source said), only encoded.
        var text = VisibleText(html);
        text.ShouldContain("<img src=x onerror=alert(1)>");
        text.ShouldContain("<svg/onload=alert('XSS')>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task DocumentPage_CrawledMetadataWithVectors_ShowsThemEncoded()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);

        var html = await client.GetStringAsync($"/documents/{factory.CrawledId}");

        VisibleText(html).ShouldContain("14/2024/NQ-HĐND");
        ExecutableMarkup.Find(html).ShouldBeEmpty();
    }

    [Fact]
    public void ThuVienPhapLuatParser_PageWithInjectedMarkup_GivesPlainTextWithoutScripts()
    {
        var parsed = PageParsers.ParsePage("thuvienphapluat", "luat-an-ninh-mang-2018_24-2018-QH14.html",
            XssDocumentsFactory.HostileThuVienPhapLuatPage());

        var document = parsed.Document.ShouldNotBeNull();
        document.Paragraphs.ShouldNotBeEmpty();
        var m = document.Metadata;
        var texts = document.Paragraphs.Concat(new[] { m.Number, m.Title, m.Issuer, m.Signer, m.TypeName, m.ValidityStatusText }
            .OfType<string>()).Concat(m.Fields?.Values ?? []).ToList();
        texts.ShouldAllBe(t => !t.Contains("<script", StringComparison.OrdinalIgnoreCase) && !t.Contains("onerror", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("a <mark>b</mark> <script>alert(1)</script>c", "a <mark>b</mark> c")]
    [InlineData("<ins>x</ins><del onclick=\"alert(1)\">y</del>", "<ins>x</ins><del>y</del>")]
    [InlineData("<img src=x onerror=alert(1)>z", "z")]
    [InlineData("&lt;script&gt;", "&lt;script&gt;")]
    public void HtmlSafetyFragment_HostileMarkup_KeepsOnlyHighlights(string input, string expected)
    {
        HtmlSafety.Fragment(input).ShouldBe(expected);
    }

    [Fact]
    public void HtmlSafetySvg_GraphWithInjectedScriptAndJavascriptLink_KeepsDrawingOnly()
    {
        const string svg = "<svg class=\"relation-graph\" viewBox=\"0 0 10 10\"><script>alert(1)</script>"
            + "<a href=\"javascript:alert(1)\"><rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" onclick=\"alert(1)\"/></a>"
            + "<a href=\"/documents/5\"><text x=\"1\" y=\"2\">45/2019/QH14</text></a></svg>";

        var clean = HtmlSafety.Svg(svg);

        clean.ShouldContain("<rect");
        clean.ShouldContain("href=\"/documents/5\"");
        clean.ShouldContain("45/2019/QH14");
        ExecutableMarkup.Find(clean).ShouldBeEmpty();
        clean.ShouldNotContain("alert");
    }

    [Fact]
    public void ExecutableMarkup_RawVectors_FindsEveryOneThatAPageWouldExecute()
    {
        // Guards the detector itself: were it blind, the page tests above could not fail.
        var findings = XssVectors.All.Take(17).Where(v => ExecutableMarkup.Find("<body>" + v + "</body>").Count == 0).ToList();

        findings.ShouldBe(["<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"]);
    }

    private static string VisibleText(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return HtmlEntity.DeEntitize(document.DocumentNode.InnerText);
    }
}
