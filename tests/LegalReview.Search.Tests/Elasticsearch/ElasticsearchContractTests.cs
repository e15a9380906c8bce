using System.Net;
using System.Text.Json.Nodes;
using LegalReview.Core.Documents;
using LegalReview.Search.Elasticsearch;
using LegalReview.Search.Querying;
using LegalReview.Search.Tests.Support;

namespace LegalReview.Search.Tests.Elasticsearch;

/// <summary>Request bodies against committed golden files; responses from hand-written Elasticsearch 8 recordings.</summary>
public sealed class ElasticsearchContractTests
{
    private readonly FakeElasticsearchHandler _handler = new();

    private ElasticsearchSearchIndex CreateIndex() =>
        new(new HttpClient(_handler), new ElasticsearchOptions { Url = new Uri("http://es.test:9200/") });

    private static string Folder(string name) => RepoPaths.Combine("tests", "LegalReview.Search.Tests", "Elasticsearch", name);

    private static string Recorded(string name) => File.ReadAllText(Path.Combine(Folder("responses"), name));

    /// <summary>Compares with the golden file; LEGALREVIEW_UPDATE_GOLDEN=1 rewrites it (review the diff before committing).</summary>
    private static void ShouldMatchGolden(string actual, string name)
    {
        var path = Path.Combine(Folder("golden"), name);
        if (Environment.GetEnvironmentVariable("LEGALREVIEW_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).ShouldBeTrue($"golden file {name} is missing");
        var expectedLines = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actualLines = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (name.EndsWith(".json", StringComparison.Ordinal))
        {
            (expectedLines, actualLines) = ([File.ReadAllText(path)], [actual]);
        }

        actualLines.Length.ShouldBe(expectedLines.Length);
        for (var i = 0; i < actualLines.Length; i++)
        {
            JsonNode.DeepEquals(JsonNode.Parse(actualLines[i]), JsonNode.Parse(expectedLines[i])).ShouldBeTrue($"{name} differs at entry {i}:\n{actualLines[i]}");
        }
    }

    public static TheoryData<string> GoldenQueries => ["termination-unaccented", "bhxh-abbreviation", "number", "phrase-not-filters-asof-date-page2", "or-parentheses"];

    private static SearchQuery Query(string name) => name switch
    {
        "termination-unaccented" => new SearchQuery("nguoi lao dong don phuong cham dut hop dong"),
        "bhxh-abbreviation" => new SearchQuery("BHXH bắt buộc", PageSize: 5),
        "number" => new SearchQuery("45/2019/qh14"),
        "phrase-not-filters-asof-date-page2" => new SearchQuery(
            "\"thời giờ làm việc\" -\"ban đêm\"", AsOf: new DateOnly(2021, 1, 1), Type: "Code", Issuer: "Quốc hội", Validity: "InForce",
            Year: 2019, Topic: "Lao động", Sort: SearchSort.Date, Page: 2, PageSize: 10),
        "or-parentheses" => new SearchQuery("(thử việc OR học nghề) AND NOT 45/2019"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(GoldenQueries))]
    public async Task SearchAsync_Query_SendsGoldenRequestBody(string name)
    {
        _handler.WithExistingIndices().Respond("POST /legal-provisions/_search", HttpStatusCode.OK, Recorded("search-termination.json"));

        await CreateIndex().SearchAsync(Query(name));

        var request = _handler.Requests.Single(r => r.PathAndQuery == "/legal-provisions/_search");
        request.MediaType.ShouldBe("application/json");
        ShouldMatchGolden(JsonNode.Parse(request.Body!)!.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), $"search-{name}.json");
    }

    [Fact]
    public async Task SearchAsync_RecordedResponse_MapsHitsSnippetsAndFacets()
    {
        _handler.WithExistingIndices().Respond("POST /legal-provisions/_search", HttpStatusCode.OK, Recorded("search-termination.json"));

        var result = await CreateIndex().SearchAsync(new SearchQuery("người lao động đơn phương chấm dứt hợp đồng"));

        result.Error.ShouldBeNull();
        result.Total.ShouldBe(214);
        result.Hits.Select(h => h.ProvisionId).ShouldBe(["chuong-3/dieu-35", "chuong-3/dieu-36", ""]);
        result.Hits[0].ShouldBe(result.Hits[0] with { DocumentId = 1, DocumentNumber = "45/2019/QH14", DocumentTitle = "Bộ luật Lao động", Kind = "article", Label = "35" });
        result.Hits[0].Snippet.ShouldStartWith("1. <mark>Người</mark>");
        result.Hits[1].Snippet.ShouldContain("<mark>đơn</mark>"); // only the folded field matched
        result.Hits[2].Kind.ShouldBe("document");
        result.Hits[2].Label.ShouldBeNull();
        result.Hits[2].Snippet.ShouldBe("Bộ luật Lao động");
        result.Facets.Type.ShouldBe([new FacetValue("Law", 131), new FacetValue("Code", 83)]);
        result.Facets.Year.Select(f => f.Value).ShouldBe(["2020", "2019", "2014"]);
        result.Facets.Topic[0].ShouldBe(new FacetValue("Lao động", 214));
    }

    [Theory]
    [InlineData("\"hợp đồng", QueryMessages.UnbalancedQuotes)]
    [InlineData("OR", "Toán tử \"OR\" cần có từ khóa ở cả hai bên.")]
    public async Task SearchAsync_BadQuery_ReturnsMessageWithoutCallingServer(string text, string message)
    {
        var result = await CreateIndex().SearchAsync(new SearchQuery(text));

        result.Error.ShouldBe(message);
        _handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchAsync_ServerError_ReturnsUnavailableMessage()
    {
        _handler.WithExistingIndices().Respond("POST /legal-provisions/_search", HttpStatusCode.ServiceUnavailable, "{\"error\":\"cluster_block_exception\"}");

        var result = await CreateIndex().SearchAsync(new SearchQuery("thử việc"));

        result.Error.ShouldBe(QueryMessages.EngineUnavailable);
    }

    private static IndexedDocument SmallDocument() => new(
        3, "v7", "12/2012/QH13", "Law", "Luật", "Quốc hội", "Luật Công đoàn", new DateOnly(2012, 6, 20), new DateOnly(2013, 1, 1), null, "InForce", ["Lao động", "Công đoàn"],
        [
            new IndexedProvision("chuong-1/dieu-1", ProvisionKind.Article, "1", "Công đoàn", "Công đoàn là tổ chức chính trị - xã hội rộng lớn của giai cấp công nhân và của người lao động.", 2),
            new IndexedProvision("chuong-1/dieu-2/khoan-1", ProvisionKind.Clause, "1", null, "1. Luật này quy định về quyền công đoàn.", 4),
        ]);

    [Fact]
    public async Task IndexAsync_MissingIndices_CreatesThemFromMappingsThenReplacesEntries()
    {
        _handler
            .Respond("HEAD /legal-documents", HttpStatusCode.NotFound).Respond("HEAD /legal-provisions", HttpStatusCode.NotFound)
            .Respond("PUT /legal-documents", HttpStatusCode.OK, Recorded("create-index.json"))
            .Respond("PUT /legal-provisions", HttpStatusCode.OK, Recorded("create-index.json"))
            .Respond("POST /legal-provisions/_delete_by_query", HttpStatusCode.OK, Recorded("delete-by-query.json"))
            .Respond("POST /_bulk", HttpStatusCode.OK, Recorded("bulk-ok.json"));

        await CreateIndex().IndexAsync([SmallDocument()]);

        _handler.Requests.Select(r => $"{r.Method} {r.PathAndQuery}").ShouldBe(
        [
            "HEAD /legal-documents", "PUT /legal-documents", "HEAD /legal-provisions", "PUT /legal-provisions",
            "POST /legal-provisions/_delete_by_query?refresh=true&conflicts=proceed", "POST /_bulk?refresh=wait_for",
        ]);
        JsonNode.DeepEquals(JsonNode.Parse(_handler.Requests[1].Body!), JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("index-mappings", "legal-documents.json")))).ShouldBeTrue();
        JsonNode.DeepEquals(JsonNode.Parse(_handler.Requests[3].Body!), JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("index-mappings", "legal-provisions.json")))).ShouldBeTrue();
        JsonNode.Parse(_handler.Requests[4].Body!)!.ToJsonString().ShouldBe("{\"query\":{\"terms\":{\"document_id\":[3]}}}");
        _handler.Requests[5].MediaType.ShouldBe("application/x-ndjson");
        ShouldMatchGolden(_handler.Requests[5].Body!, "bulk-small-document.ndjson");
    }

    [Fact]
    public async Task IndexAsync_BulkItemRejected_ThrowsWithReason()
    {
        _handler.WithExistingIndices()
            .Respond("POST /legal-provisions/_delete_by_query", HttpStatusCode.OK, Recorded("delete-by-query.json"))
            .Respond("POST /_bulk", HttpStatusCode.OK, Recorded("bulk-error.json"));

        var error = await Should.ThrowAsync<InvalidOperationException>(() => CreateIndex().IndexAsync([SmallDocument()]));

        error.Message.ShouldContain("mapping set to strict");
    }

    [Fact]
    public async Task GetIndexedStampsAsync_RecordedResponse_ReturnsStampsById()
    {
        _handler.WithExistingIndices().Respond("POST /legal-documents/_search", HttpStatusCode.OK, Recorded("stamps.json"));

        var stamps = await CreateIndex().GetIndexedStampsAsync();

        stamps.ShouldBe(new Dictionary<long, string> { [1] = "v1", [2] = "sha256:9f2c" });
    }

    [Fact]
    public async Task SuggestNumbersAsync_LowerCasePrefix_QueriesNormalizedPrefix()
    {
        _handler.WithExistingIndices().Respond("POST /legal-documents/_search", HttpStatusCode.OK, Recorded("suggest.json"));

        var numbers = await CreateIndex().SuggestNumbersAsync("45/2019/qh");

        numbers.ShouldBe(["45/2019/QH14"]);
        JsonNode.Parse(_handler.Requests[^1].Body!)!["query"]!.ToJsonString().ShouldBe("{\"prefix\":{\"number_normalized\":\"45/2019/QH\"}}");
    }

    [Fact]
    public async Task DeleteAsync_Document_DeletesFromBothIndices()
    {
        _handler.WithExistingIndices()
            .Respond("POST /legal-provisions/_delete_by_query", HttpStatusCode.OK, Recorded("delete-by-query.json"))
            .Respond("POST /legal-documents/_delete_by_query", HttpStatusCode.OK, Recorded("delete-by-query.json"));

        await CreateIndex().DeleteAsync(9);

        _handler.Requests.Where(r => r.Method == HttpMethod.Post).Select(r => JsonNode.Parse(r.Body!)!.ToJsonString())
            .ShouldBe(["{\"query\":{\"term\":{\"document_id\":9}}}", "{\"query\":{\"term\":{\"document_id\":9}}}"]);
    }

    [Fact]
    public async Task SearchAsync_WithoutFacets_SendsNoAggregations()
    {
        _handler.WithExistingIndices().Respond("POST /legal-provisions/_search", HttpStatusCode.OK, Recorded("search-termination.json"));

        await CreateIndex().SearchAsync(new SearchQuery("thử việc", IncludeFacets: false));

        var body = JsonNode.Parse(_handler.Requests.Single(r => r.PathAndQuery == "/legal-provisions/_search").Body!)!.AsObject();
        body.ContainsKey("aggs").ShouldBeFalse();
        body.ContainsKey("highlight").ShouldBeTrue();
    }
}
