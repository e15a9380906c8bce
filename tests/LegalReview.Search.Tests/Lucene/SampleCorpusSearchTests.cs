using LegalReview.Search.Tests.Support;

namespace LegalReview.Search.Tests.Lucene;

public sealed class SampleCorpusSearchTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    private static bool IsArticle(SearchHit hit, string number, string article) =>
        hit.DocumentNumber == number && hit.ProvisionId.Split('/').Contains(article);

    [Theory]
    [InlineData("nguoi lao dong don phuong cham dut hop dong")]
    [InlineData("người lao động đơn phương chấm dứt hợp đồng")]
    public async Task SearchAsync_TerminationQueryWithOrWithoutDiacritics_RanksLabourCodeArticle35First(string text)
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery(text, PageSize: 5));

        result.Error.ShouldBeNull();
        IsArticle(result.Hits[0], "45/2019/QH14", "dieu-35").ShouldBeTrue(string.Join(" | ", result.Hits.Select(h => h.DocumentNumber + " " + h.ProvisionId)));
    }

    [Theory]
    [InlineData("45/2019/qh14")]
    [InlineData("45/2019/QH14")]
    [InlineData("045/2019/QH14")]
    public async Task SearchAsync_LabourCodeNumberInAnyCase_FindsLabourCodeDocumentFirst(string text)
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery(text));

        result.Hits[0].DocumentNumber.ShouldBe("45/2019/QH14");
        result.Hits[0].Kind.ShouldBe("document");
        result.Hits.ShouldAllBe(h => h.DocumentNumber == "45/2019/QH14");
    }

    [Fact]
    public async Task SearchAsync_BhxhAbbreviation_FindsSocialInsuranceLawArticles()
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery("BHXH bắt buộc", PageSize: 5));

        result.Hits.Count.ShouldBe(5);
        result.Hits.Count(h => h.DocumentNumber == "58/2014/QH13" && h.Kind is "article" or "clause").ShouldBeGreaterThanOrEqualTo(4);
        result.Hits[0].Snippet.ShouldContain("<mark>bảo hiểm xã hội bắt buộc</mark>", Case.Insensitive);
    }
}
