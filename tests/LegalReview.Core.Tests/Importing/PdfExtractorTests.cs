using System.Text.RegularExpressions;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Importing;

/// <summary>The PDF fixture is pages 1–2 of Luật Việc làm 2013 printed by LibreOffice from the sample .docx (tests/fixtures/pdf/README.md).</summary>
public sealed partial class PdfExtractorTests
{
    private static ExtractedText Pdf() => DocumentTextExtractor.Extract(
        "luat.pdf", RepoFiles.Read("tests", "fixtures", "pdf", "luat-viec-lam-2013_38-2013-QH13_trang-1-2.pdf"));

    [Fact]
    public void Extract_LawPdf_JoinsWrappedLinesIntoTheDocxParagraphs()
    {
        var pdf = Pdf();
        var docx = DocumentTextExtractor.Extract("luat.docx",
            RepoFiles.Read("samples", "laws", "docx", "luat-viec-lam-2013_38-2013-QH13.docx"));
        var docxParagraphs = docx.Paragraphs.Select(Squash).Where(p => p.Length > 0).ToHashSet();

        pdf.MediaType.ShouldBe(ImportMediaTypes.Pdf);
        var body = pdf.Paragraphs.SkipWhile(p => p != "LUẬT").ToList();
        body.Count.ShouldBeGreaterThan(40);
        // Every paragraph of the printed pages but the last (cut by the page end) is a whole paragraph of the .docx.
        foreach (var paragraph in body.SkipLast(1))
            docxParagraphs.ShouldContain(Squash(paragraph), paragraph);
    }

    [Fact]
    public void Extract_LawPdf_ArticleHeadingsAreOwnParagraphsInOrder()
    {
        var headings = Pdf().Paragraphs.Where(p => p.StartsWith("Điều ", StringComparison.Ordinal)).ToList();

        headings.Select(h => ArticleNumber().Match(h).Groups[1].Value).ShouldBe(Enumerable.Range(1, 9).Select(n => n.ToString()));
        headings[0].ShouldBe("Điều 1. Phạm vi điều chỉnh");
    }

    [Fact]
    public void Extract_TruncatedPdf_RejectedClearly()
    {
        var bytes = RepoFiles.Read("tests", "fixtures", "pdf", "luat-viec-lam-2013_38-2013-QH13_trang-1-2.pdf");

        var ex = Should.Throw<DocumentRejectedException>(() => DocumentTextExtractor.Extract("cut.pdf", bytes[..2000]));

        ex.Message.ShouldStartWith("Tệp PDF");
    }

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^Điều (\d+)\.")]
    private static partial Regex ArticleNumber();
}
