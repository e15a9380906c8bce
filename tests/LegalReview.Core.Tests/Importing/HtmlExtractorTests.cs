using System.Text;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Importing;

public sealed class HtmlExtractorTests
{
    public static TheoryData<string> ThuvienphapluatPages() => new(
        Directory.EnumerateFiles(RepoFiles.FullPath("crawlers", "LegalReview.Crawlers", "Sources", "ThuVienPhapLuat", "examples"), "*.html")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static ExtractedText Page(string name) => DocumentTextExtractor.Extract(
        name, RepoFiles.Read("crawlers", "LegalReview.Crawlers", "Sources", "ThuVienPhapLuat", "examples", name));

    [Theory]
    [MemberData(nameof(ThuvienphapluatPages))]
    public void Extract_ThuvienphapluatPage_TakesFirstContent1Only(string page)
    {
        var extracted = Page(page);

        extracted.MediaType.ShouldBe(ImportMediaTypes.Html);
        // The page holds the text twice (two div.content1); only one copy may come out.
        extracted.Paragraphs.Count(p => p.StartsWith("Điều 1.", StringComparison.Ordinal)).ShouldBe(1);
        extracted.Paragraphs[0].ShouldContain(" | ");
        extracted.Paragraphs[0].ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        extracted.Paragraphs.ShouldAllBe(p => p.Length > 0 && p == p.Trim());
        extracted.Paragraphs.ShouldNotContain(p => p.Contains("function") || p.Contains("var ") || p.Contains('{') || p.Contains("&nbsp;"));
    }

    [Fact]
    public void Extract_AnNinhMangPage_GivesArticleParagraphsInOrder()
    {
        var paragraphs = Page("luat-an-ninh-mang-2018_24-2018-QH14.html").Paragraphs;

        paragraphs.ShouldContain("Luật số: 24/2018/QH14 | Hà Nội, ngày 12 tháng 6 năm 2018");
        paragraphs.ShouldContain("Điều 1. Phạm vi điều chỉnh");
        paragraphs.ShouldContain("Điều 43. Hiệu lực thi hành");
        var articles = paragraphs.Where(p => p.StartsWith("Điều ", StringComparison.Ordinal)).ToList();
        articles.Count.ShouldBe(43);
        articles[^1].ShouldStartWith("Điều 43.");
        // Inline markup (<i>, <a>) inside a paragraph must not split it.
        paragraphs.ShouldContain(p => p.StartsWith("1. An ninh mạng là sự bảo đảm hoạt động trên không gian mạng", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PlainNewsArticle_GivesVisibleParagraphsOnly()
    {
        var extracted = DocumentTextExtractor.Extract("tin.html", RepoFiles.Read("tests", "fixtures", "bad-input", "news-article.html"));

        extracted.Paragraphs.ShouldBe(
        [
            "Trang chủ",
            "Tin tức",
            "Tỉnh tổ chức hội nghị tập huấn công tác pháp chế năm 2025",
            "Thứ Hai, 10/03/2025 – 08:30",
            "Sáng nay, Sở Tư pháp tổ chức hội nghị tập huấn nghiệp vụ kiểm tra, rà soát văn bản quy phạm pháp luật cho cán bộ làm công tác pháp chế.",
            "Tại hội nghị, các báo cáo viên đã trao đổi về quy trình rà soát, hệ thống hóa văn bản & những điểm mới của luật.",
            "Hội nghị kết thúc vào buổi chiều cùng ngày.",
        ]);
    }

    [Fact]
    public void Extract_Windows1258PageWithMetaCharset_DecodesVietnamese()
    {
        var cp1258 = CodePagesEncodingProviderFor1258();
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head>"
                   + "<body><p>Ca\u0301c bi\u00EA\u0323n pha\u0301p</p></body></html>";

        var extracted = DocumentTextExtractor.Extract("cu.htm", cp1258.GetBytes(html));

        extracted.Paragraphs.Single().Normalize(NormalizationForm.FormC).ShouldBe("Các biện pháp");
    }

    [Fact]
    public void Extract_HtmlWithoutText_Rejected()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><title>x</title><script>var a = 1;</script></head><body> </body></html>");

        Should.Throw<DocumentRejectedException>(() => DocumentTextExtractor.Extract("rong.html", bytes))
            .Message.ShouldContain("không có nội dung");
    }

    [Fact]
    public void Extract_DeeplyNestedMarkup_DoesNotCrash()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><table><tr><td>", 3000)) + "Điều 1. Sâu"
                   + string.Concat(Enumerable.Repeat("</td></tr></table></div>", 3000)) + "</body></html>";

        DocumentTextExtractor.Extract("sau.html", Encoding.UTF8.GetBytes(html)).ToPlainText().ShouldContain("Điều 1. Sâu");
    }

    private static Encoding CodePagesEncodingProviderFor1258() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1258) ?? throw new InvalidOperationException("no Windows-1258");
}
