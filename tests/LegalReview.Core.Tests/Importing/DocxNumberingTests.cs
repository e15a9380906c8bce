using System.Text.RegularExpressions;
using LegalReview.Core.Importing;

namespace LegalReview.Core.Tests.Importing;

/// <summary>
/// Luật An toàn, vệ sinh lao động 84/2015/QH13 as a .docx keeps its "Điều N." labels only in word/numbering.xml
/// (lvlText "Điều %1. ", one list over the whole law). The extractor must write them into the text.
/// </summary>
public sealed partial class DocxNumberingTests
{
    private static readonly string[] AtvsldPath = ["samples", "laws", "docx", "luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx"];

    private static IReadOnlyList<string> Atvsld() =>
        DocumentTextExtractor.Extract(AtvsldPath[^1], RepoFiles.Read(AtvsldPath)).Paragraphs;

    [Fact]
    public void Extract_AtvsldDocx_NumbersArticlesInOrderFromNumberingXml()
    {
        var articles = Atvsld().Where(p => ArticleLabel().IsMatch(p)).ToList();

        // 92 paragraphs carry the list numbering. The title of the real Điều 3 ("Giải thích từ ngữ") lost its numPr, so
        // Word shows it unlabelled and numbers the rest one too low; the extractor recovers it from its formatting.
        articles.Count.ShouldBe(93);
        articles.Select(a => int.Parse(ArticleLabel().Match(a).Groups[1].Value)).ShouldBe(Enumerable.Range(1, 93));
        articles[0].ShouldBe("Điều 1. Phạm vi điều chỉnh");
        articles[1].ShouldBe("Điều 2. Đối tượng áp dụng");
        articles[2].ShouldBe("Điều 3. Giải thích từ ngữ");
        articles[3].ShouldBe("Điều 4. Chính sách của Nhà nước về an toàn, vệ sinh lao động");
        articles[^2].ShouldBe("Điều 92. Hiệu lực thi hành");
        articles[^1].TrimEnd().ShouldBe("Điều 93. Quy định chi tiết");
    }

    [Fact]
    public void Extract_AtvsldDocx_RecoversUnnumberedTitleAndKeepsSevenChapters()
    {
        var paragraphs = Atvsld();

        paragraphs.ShouldNotContain("Giải thích từ ngữ");
        var chapters = paragraphs.Select(p => p.Trim()).Where(p => ChapterHeading().IsMatch(p)).ToList();
        chapters.ShouldBe(["CHƯƠNG I", "CHƯƠNG II", "CHƯƠNG III", "CHƯƠNG IV", "CHƯƠNG V", "CHƯƠNG VI", "CHƯƠNG VII"]);
    }

    [GeneratedRegex(@"^Điều (\d+)\. \S")]
    private static partial Regex ArticleLabel();

    [GeneratedRegex(@"^(CHƯƠNG|Chương) [IVXLC]+$")]
    private static partial Regex ChapterHeading();
}
