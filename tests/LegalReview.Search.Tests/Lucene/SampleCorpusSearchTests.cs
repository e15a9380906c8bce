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

    [Fact]
    public async Task SearchAsync_AsOfBeforeLabourCodeTookEffect_ExcludesLabourCode()
    {
        var before = await fixture.Index.SearchAsync(new SearchQuery("thử việc", AsOf: new DateOnly(2020, 6, 1), PageSize: 100));
        var after = await fixture.Index.SearchAsync(new SearchQuery("thử việc", AsOf: new DateOnly(2021, 1, 1), PageSize: 100));

        before.Hits.ShouldNotContain(h => h.DocumentNumber == "45/2019/QH14");
        after.Hits.ShouldContain(h => h.DocumentNumber == "45/2019/QH14");
    }

    [Fact]
    public async Task SearchAsync_AsOfExpiryDay_ExcludesExpiredSocialInsuranceLaw()
    {
        var lastDay = await fixture.Index.SearchAsync(new SearchQuery("58/2014/QH13", AsOf: new DateOnly(2025, 6, 30)));
        var expiryDay = await fixture.Index.SearchAsync(new SearchQuery("58/2014/QH13", AsOf: new DateOnly(2025, 7, 1)));

        lastDay.Total.ShouldBeGreaterThan(0);
        expiryDay.Total.ShouldBe(0);
    }

    [Fact]
    public async Task SearchAsync_Facets_CountMatchingEntriesPerValue()
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery("bảo hiểm thất nghiệp"));

        result.Facets.Type.Sum(f => f.Count).ShouldBe(result.Total);
        result.Facets.Issuer.ShouldBe([new FacetValue("Quốc hội", result.Total)]);
        result.Facets.Year.ShouldContain(f => f.Value == "2013");
        result.Facets.Topic.ShouldContain(f => f.Value == "Việc làm");
        result.Facets.Validity.Select(f => f.Value).ShouldBeSubsetOf(["InForce", "Expired"]);
    }

    [Fact]
    public async Task SearchAsync_YearAndTopicFacets_EqualTotalsOfTheSameQueryFilteredByEachValue()
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery("người lao động"));

        result.Facets.Year.Count.ShouldBeGreaterThan(3);
        result.Facets.Topic.Count.ShouldBeGreaterThan(1);
        foreach (var year in result.Facets.Year)
        {
            (await fixture.Index.SearchAsync(new SearchQuery("người lao động", Year: int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture), IncludeFacets: false)))
                .Total.ShouldBe(year.Count, $"năm {year.Value}");
        }

        foreach (var topic in result.Facets.Topic)
        {
            (await fixture.Index.SearchAsync(new SearchQuery("người lao động", Topic: topic.Value, IncludeFacets: false))).Total.ShouldBe(topic.Count, topic.Value);
        }
    }

    [Fact]
    public async Task SearchAsync_Filters_RestrictHitsToMatchingDocuments()
    {
        var byYear = await fixture.Index.SearchAsync(new SearchQuery("người lao động", Year: 2013, PageSize: 100));
        var byTopic = await fixture.Index.SearchAsync(new SearchQuery("người lao động", Topic: "Công đoàn", PageSize: 100));
        var byType = await fixture.Index.SearchAsync(new SearchQuery("người lao động", Type: "Code", Validity: "InForce", PageSize: 100));

        byYear.Hits.ShouldAllBe(h => h.DocumentNumber == "38/2013/QH13");
        byTopic.Hits.ShouldAllBe(h => h.DocumentNumber == "12/2012/QH13");
        byType.Hits.ShouldAllBe(h => h.DocumentNumber == "45/2019/QH14");
        byYear.Total.ShouldBeGreaterThan(0);
        byTopic.Total.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SearchAsync_SortByDate_ReturnsNewestDocumentsFirst()
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery("", Sort: SearchSort.Date, PageSize: 100));

        result.Hits[0].DocumentNumber.ShouldBe("69/2020/QH14");
        result.Hits[^1].DocumentNumber.ShouldBe("69/2020/QH14");
    }

    [Fact]
    public async Task SearchAsync_SecondPage_ContinuesFirstPage()
    {
        var first = await fixture.Index.SearchAsync(new SearchQuery("hợp đồng lao động", Page: 1, PageSize: 10));
        var second = await fixture.Index.SearchAsync(new SearchQuery("hợp đồng lao động", Page: 2, PageSize: 10));
        var both = await fixture.Index.SearchAsync(new SearchQuery("hợp đồng lao động", Page: 1, PageSize: 20));

        second.Total.ShouldBe(first.Total);
        first.Hits.Concat(second.Hits).Select(h => (h.DocumentId, h.ProvisionId)).ShouldBe(both.Hits.Select(h => (h.DocumentId, h.ProvisionId)));
    }

    [Theory]
    [InlineData("\"hợp đồng")]
    [InlineData("AND")]
    [InlineData("lao động OR")]
    [InlineData("-thử")]
    [InlineData("lao\u0007động")]
    public async Task SearchAsync_BadQuery_ReturnsMessageInsteadOfThrowing(string text)
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery(text));

        result.IsError.ShouldBeTrue();
        result.Error!.ShouldNotContain("\n");
        result.Hits.ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchAsync_TenThousandCharacterQuery_ReturnsTooLongMessage()
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery(new string('a', 10_000)));

        result.Error.ShouldBe(Search.Querying.QueryMessages.TooLong);
    }

    [Fact]
    public async Task SearchAsync_PhraseAndExclusion_FiltersOutExcludedWord()
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery("\"thời giờ làm việc\" -\"ban đêm\"", PageSize: 100));

        result.Total.ShouldBeGreaterThan(0);
        result.Hits.ShouldAllBe(h => !h.Snippet.Contains("ban đêm"));
        result.Hits.ShouldAllBe(h => h.Snippet.Contains("<mark>thời giờ làm việc</mark>", StringComparison.OrdinalIgnoreCase) || h.Kind == "article");
    }

    [Fact]
    public async Task SearchAsync_OrQuery_FindsBothAlternatives()
    {
        var result = await fixture.Index.SearchAsync(new SearchQuery("\"thỏa ước lao động tập thể\" OR \"đình công\"", PageSize: 100));

        result.Hits.ShouldContain(h => h.Snippet.Contains("<mark>đình công</mark>", StringComparison.OrdinalIgnoreCase));
        result.Hits.ShouldContain(h => h.Snippet.Contains("<mark>thỏa ước lao động tập thể</mark>", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SearchAsync_WithoutFacets_ReturnsSameHitsAndNoCounts()
    {
        var with = await fixture.Index.SearchAsync(new SearchQuery("bảo hiểm thất nghiệp"));
        var without = await fixture.Index.SearchAsync(new SearchQuery("bảo hiểm thất nghiệp", IncludeFacets: false));

        without.Total.ShouldBe(with.Total);
        without.Hits.Select(h => h.ProvisionId).ShouldBe(with.Hits.Select(h => h.ProvisionId));
        without.Facets.Type.ShouldBeEmpty();
        with.Facets.Type.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("a ", null)]
    [InlineData("a OR ", null)]
    [InlineData("(a ", Search.Querying.QueryMessages.UnbalancedParentheses)]
    public async Task SearchAsync_LongestAllowedQueryOfTinyWords_RunsOrExplains(string unit, string? expectedError)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 999 / unit.Length)).Trim();
        text = text.EndsWith(" OR", StringComparison.Ordinal) ? text[..^3] : text;

        var result = await fixture.Index.SearchAsync(new SearchQuery(text));

        text.Length.ShouldBeLessThanOrEqualTo(Search.Querying.QueryMessages.MaxLength);
        result.Error.ShouldBe(expectedError);
    }
}
