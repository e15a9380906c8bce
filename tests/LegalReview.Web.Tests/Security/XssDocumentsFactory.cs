using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Crawlers;
using LegalReview.Data.Crawling;
using LegalReview.Data.Importing;
using LegalReview.Data.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Security;

/// <summary>
/// The app with hostile documents imported through every path: a .txt, an .html and a .docx upload carrying the
/// OWASP vectors, a crawled document whose metadata fields carry them, and a thuvienphapluat.vn page with injected markup.
/// </summary>
public sealed class XssDocumentsFactory : LegalReviewWebFactory, IAsyncLifetime
{
    public long TextId { get; private set; }
    public long HtmlId { get; private set; }
    public long DocxId { get; private set; }
    public long CrawledId { get; private set; }
    public long PageId { get; private set; }

    public async Task InitializeAsync()
    {
        TextId = await ImportAsync("xss.txt", Encoding.UTF8.GetBytes(string.Join('\n', XssVectors.DocumentLines("11/2024/NQ-HĐND"))));
        HtmlId = await ImportAsync("xss.html", Encoding.UTF8.GetBytes(HtmlDocument("12/2024/NQ-HĐND")));
        DocxId = await ImportAsync("xss.docx", Docx(XssVectors.DocumentLines("13/2024/NQ-HĐND")));
        CrawledId = await IngestAsync(CrawledWithHostileMetadata());
        PageId = await IngestAsync(PageParsers.ParsePage(
            "thuvienphapluat", "luat-an-ninh-mang-2018_24-2018-QH14.html", HostileThuVienPhapLuatPage()).Document!);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchOutboxDrainer>().DrainAsync();
    }

    // Vectors that end where they start; an unclosed <style> or <scr<script> would swallow the rest of the page.
    private static readonly int[] SelfClosingVectors = [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 13, 15, 19];

    /// <summary>The saved thuvienphapluat.vn page with script, handlers and a javascript: link inside its full text.</summary>
    public static byte[] HostileThuVienPhapLuatPage()
    {
        var path = Path.Combine(RepoPaths.Root, "crawlers", "LegalReview.Crawlers", "Sources", "ThuVienPhapLuat", "examples",
            "luat-an-ninh-mang-2018_24-2018-QH14.html");
        var html = File.ReadAllText(path);
        var at = html.IndexOf("<div class=\"content1\">", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        var injected = "<div class=\"content1\">" + string.Concat(SelfClosingVectors.Select(i => XssVectors.All[i]));
        return Encoding.UTF8.GetBytes(html[..at] + injected + html[(at + "<div class=\"content1\">".Length)..]);
    }

    private static string HtmlDocument(string number)
    {
        var lines = XssVectors.DocumentLines(number);
        // Markup as a hostile page would carry it: vectors are live elements here, not text.
        return "<html><head><title>" + XssVectors.All[0] + "</title><script>alert(1)</script></head><body onload=\"alert(1)\">"
            + string.Concat(lines.Select(l => "<p>" + l + "</p>")) + "</body></html>";
    }

    private static byte[] Docx(IReadOnlyList<string> lines)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l =>
                new Paragraph(new Run(new Text(l) { Space = SpaceProcessingModeValues.Preserve })))));
        }

        return stream.ToArray();
    }

    private static CrawledDocument CrawledWithHostileMetadata()
    {
        var v = XssVectors.All;
        var lines = XssVectors.DocumentLines("14/2024/NQ-HĐND");
        var metadata = new DocumentMetadata(
            Number: "14/2024/NQ-HĐND", TypeName: "Nghị quyết" + v[1], Issuer: "HĐND tỉnh Lạng Sơn" + v[4],
            Signer: v[3], Title: "Quy định mức hỗ trợ " + v[0], IssuedOn: new DateOnly(2024, 12, 10),
            EffectiveOn: new DateOnly(2025, 1, 1), ValidityStatusText: "Còn hiệu lực" + v[7],
            Fields: new Dictionary<string, string> { ["Lĩnh vực" + v[5]] = v[8], ["Số công báo"] = v[14] });
        var html = Encoding.UTF8.GetBytes(string.Join("\n", lines));
        return CrawledDocument.Create("vbpl", new Uri("https://vbpl.vn/langson/Pages/vbpq-toanvan.aspx?ItemID=999001"),
            DateTimeOffset.UtcNow, html, "text/html", metadata, paragraphs: lines);
    }

    private async Task<long> ImportAsync(string fileName, byte[] bytes)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DocumentImportService>()
            .ImportAsync(fileName, bytes, "upload:test/" + fileName, CancellationToken.None);
        return result.DocumentId ?? throw new InvalidOperationException(fileName + ": " + result.RejectedReason);
    }

    private async Task<long> IngestAsync(CrawledDocument document)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CrawlIngestionService>().IngestAsync(document, CancellationToken.None);
        return result.DocumentId ?? throw new InvalidOperationException(document.Url + ": " + result);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
