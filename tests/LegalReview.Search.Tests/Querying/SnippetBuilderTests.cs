using LegalReview.Search.Analysis;
using LegalReview.Search.Querying;

namespace LegalReview.Search.Tests.Querying;

public sealed class SnippetBuilderTests
{
    private readonly SnippetBuilder _builder = new(new VietnameseAnalyzer(), maxChars: 120);

    [Fact]
    public void Build_UnaccentedQuery_MarksAccentedWordsAndMergesAdjacent()
    {
        var terms = _builder.TermsOf(["don phuong"]);

        var snippet = _builder.Build("Người lao động có quyền đơn phương chấm dứt hợp đồng lao động.", terms);

        snippet.ShouldBe("Người lao động có quyền <mark>đơn phương</mark> chấm dứt hợp đồng lao động.");
    }

    [Fact]
    public void Build_TextWithMarkup_EncodesIt()
    {
        var snippet = _builder.Build("a < b & \"lương\" <script>", _builder.TermsOf(["lương"]));

        snippet.ShouldBe("a &lt; b &amp; &quot;<mark>lương</mark>&quot; &lt;script&gt;");
    }

    [Fact]
    public void Build_LongArticle_ShowsWindowAroundBestMatch()
    {
        var text = File.ReadAllLines(Support.RepoPaths.Combine("samples", "laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt"))
            .SkipWhile(l => !l.StartsWith("Điều 35.", StringComparison.Ordinal)).Skip(1).Take(14).Select(l => l.Trim());
        var article = VietnameseText.Normalize(string.Join('\n', text));

        var snippet = _builder.Build(article, _builder.TermsOf(["quấy rối tình dục"]));

        snippet.ShouldStartWith("…");
        snippet.ShouldContain("<mark>quấy rối tình dục</mark>");
        snippet.Length.ShouldBeLessThan(200);
    }
}
