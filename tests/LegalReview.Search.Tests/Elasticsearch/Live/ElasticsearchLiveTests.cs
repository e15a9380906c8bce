using LegalReview.Search.Elasticsearch;
using LegalReview.Search.Tests.Support;

namespace LegalReview.Search.Tests.Elasticsearch.Live;

/// <summary>
/// The acceptance queries against a real Elasticsearch 8 at LEGALREVIEW_TEST_ELASTICSEARCH (e.g. http://localhost:9200
/// from docker-compose.yml), in indices of their own that are deleted afterwards. This folder is compiled only when
/// that variable is set (see the .csproj), so the tests never silently pass or skip: with the variable set and no
/// server, they fail.
/// </summary>
public sealed class ElasticsearchLiveTests : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private readonly HttpClient _http = new();
    private ElasticsearchSearchIndex _index = null!;
    private ElasticsearchOptions _options = null!;

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable("LEGALREVIEW_TEST_ELASTICSEARCH")
            ?? throw new InvalidOperationException("LEGALREVIEW_TEST_ELASTICSEARCH must be set for the live Elasticsearch tests.");

        _options = new ElasticsearchOptions { Url = new Uri(url.TrimEnd('/') + "/"), DocumentsIndex = $"test-docs-{_suffix}", ProvisionsIndex = $"test-provisions-{_suffix}" };
        _index = new ElasticsearchSearchIndex(_http, _options);
        await _index.IndexAsync(SampleLaws.AllIndexed());
    }

    public async Task DisposeAsync()
    {
        if (_options is not null)
        {
            await _http.DeleteAsync(new Uri(_options.Url!, $"{_options.DocumentsIndex},{_options.ProvisionsIndex}"));
        }

        _http.Dispose();
    }

    [Fact]
    public async Task SearchAsync_UnaccentedTerminationQuery_RanksLabourCodeArticle35First()
    {
        var result = await _index.SearchAsync(new SearchQuery("nguoi lao dong don phuong cham dut hop dong", PageSize: 5));

        result.Hits[0].DocumentNumber.ShouldBe("45/2019/QH14");
        result.Hits[0].ProvisionId.Split('/').ShouldContain("dieu-35");
        result.Hits[0].Snippet.ShouldContain("<mark>");
    }

    [Fact]
    public async Task SearchAsync_LowerCaseNumber_FindsLabourCode()
    {
        var result = await _index.SearchAsync(new SearchQuery("45/2019/qh14"));

        result.Hits[0].DocumentNumber.ShouldBe("45/2019/QH14");
        result.Facets.Issuer.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task SearchAsync_ColloquialAnnualLeave_FindsLabourCodeArticle113()
    {
        var result = await _index.SearchAsync(new SearchQuery("phép năm được mấy ngày", PageSize: 5));

        result.Hits.ShouldContain(h => h.DocumentNumber == "45/2019/QH14" && h.ProvisionId.Split('/').Contains("dieu-113"));
    }

    [Fact]
    public async Task SearchAsync_AsOfBeforeLabourCode2019_LeavesItOut()
    {
        var result = await _index.SearchAsync(new SearchQuery("thời gian thử việc", AsOf: new DateOnly(2015, 1, 1), PageSize: 20));

        result.Hits.ShouldNotContain(h => h.DocumentNumber == "45/2019/QH14");
    }

    [Fact]
    public async Task GetIndexedStampsAsync_AfterIndexing_ReturnsAllSampleLaws() =>
        (await _index.GetIndexedStampsAsync()).Count.ShouldBe(SampleLaws.All.Count);
}
