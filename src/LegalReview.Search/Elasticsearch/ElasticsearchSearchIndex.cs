using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LegalReview.Search.Analysis;
using LegalReview.Search.Querying;

namespace LegalReview.Search.Elasticsearch;

/// <summary>
/// <see cref="ISearchIndex"/> over Elasticsearch 8's REST API (HttpClient + System.Text.Json; there is no client
/// package here). Indices are created from index-mappings/ on first use. Entries of a document are replaced by
/// delete-by-query then bulk index, each refreshed before the call returns.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private readonly HttpClient _http;
    private readonly ElasticsearchOptions _options;
    private readonly Abbreviations _abbreviations;
    private readonly ElasticsearchQueryBuilder _queries = new(new VietnameseAnalyzer());
    private readonly SemaphoreSlim _ensureLock = new(1, 1);
    private bool _ensured;

    public ElasticsearchSearchIndex(HttpClient http, ElasticsearchOptions options, Abbreviations? abbreviations = null)
    {
        _http = http;
        _options = options;
        _abbreviations = abbreviations ?? Abbreviations.Default;
        if (options.Url is null)
        {
            throw new ArgumentException("Search:Elasticsearch:Url is not set.", nameof(options));
        }
    }

    /// <summary>Creates the two indices from index-mappings/ when they do not exist yet.</summary>
    public async Task EnsureIndicesAsync(CancellationToken cancellationToken = default)
    {
        if (_ensured)
        {
            return;
        }

        await _ensureLock.WaitAsync(cancellationToken);
        try
        {
            foreach (var (index, definition) in new[] { (_options.DocumentsIndex, IndexMappings.LegalDocuments), (_options.ProvisionsIndex, IndexMappings.LegalProvisions) })
            {
                using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, Url(index)), cancellationToken);
                if (head.StatusCode == HttpStatusCode.NotFound)
                {
                    await SendAsync(HttpMethod.Put, index, definition, "application/json", cancellationToken);
                }
                else
                {
                    await EnsureSuccessAsync(head, cancellationToken);
                }
            }

            _ensured = true;
        }
        finally
        {
            _ensureLock.Release();
        }
    }

    public async Task IndexAsync(IReadOnlyList<IndexedDocument> docs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docs);
        foreach (var doc in docs)
        {
            IndexedDocumentValidator.Validate(doc);
        }

        if (docs.Count == 0)
        {
            return;
        }

        await EnsureIndicesAsync(cancellationToken);
        var ids = new JsonArray(docs.Select(d => (JsonNode)d.DocumentId).ToArray());
        await DeleteByQueryAsync(_options.ProvisionsIndex, new JsonObject { ["terms"] = new JsonObject { [SearchFields.DocumentId] = ids } }, cancellationToken);
        var response = await SendAsync(HttpMethod.Post, "_bulk?refresh=wait_for", ElasticsearchDocumentMapper.Bulk(docs, _options), "application/x-ndjson", cancellationToken);
        if (response["errors"]?.GetValue<bool>() == true)
        {
            var reason = response["items"]!.AsArray()
                .Select(i => i!.AsObject().First().Value?["error"]?["reason"]?.GetValue<string>())
                .FirstOrDefault(r => r is not null);
            throw new InvalidOperationException("Elasticsearch rejected part of a bulk request: " + reason);
        }
    }

    public async Task DeleteAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await EnsureIndicesAsync(cancellationToken);
        var query = new JsonObject { ["term"] = new JsonObject { [SearchFields.DocumentId] = documentId } };
        await DeleteByQueryAsync(_options.ProvisionsIndex, query, cancellationToken);
        await DeleteByQueryAsync(_options.DocumentsIndex, query.DeepClone(), cancellationToken);
    }

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await EnsureIndicesAsync(cancellationToken);
        await DeleteByQueryAsync($"{_options.DocumentsIndex},{_options.ProvisionsIndex}", new JsonObject { ["match_all"] = new JsonObject() }, cancellationToken);
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1 || query.PageSize < 1 || query.Page > 10_000)
        {
            return SearchResult.Failed(QueryMessages.InvalidFilter);
        }

        var parsed = new UserQueryParser(_abbreviations).Parse(query.Text);
        if (parsed.Error is not null)
        {
            return SearchResult.Failed(parsed.Error);
        }

        try
        {
            await EnsureIndicesAsync(cancellationToken);
            var body = _queries.Search(query, parsed);
            var response = await SendAsync(HttpMethod.Post, $"{_options.ProvisionsIndex}/_search", body.ToJsonString(), "application/json", cancellationToken);
            return ElasticsearchResponseParser.Parse(response);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The caller shows the message; the engine being down or timing out is not the user's fault and not a 500.
            return SearchResult.Failed(QueryMessages.EngineUnavailable);
        }
    }

    public async Task<IReadOnlyDictionary<long, string>> GetIndexedStampsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureIndicesAsync(cancellationToken);
        var stamps = new Dictionary<long, string>();
        JsonArray? after = null;
        while (true)
        {
            var body = new JsonObject
            {
                ["size"] = 1000,
                ["_source"] = new JsonArray(SearchFields.DocumentId, SearchFields.VersionStamp),
                ["sort"] = new JsonArray(new JsonObject { [SearchFields.DocumentId] = "asc" }),
            };
            if (after is not null)
            {
                body["search_after"] = after;
            }

            var hits = (await SendAsync(HttpMethod.Post, $"{_options.DocumentsIndex}/_search", body.ToJsonString(), "application/json", cancellationToken))["hits"]!["hits"]!.AsArray();
            foreach (var hit in hits)
            {
                stamps[hit!["_source"]![SearchFields.DocumentId]!.GetValue<long>()] = hit["_source"]![SearchFields.VersionStamp]!.GetValue<string>();
            }

            if (hits.Count < 1000)
            {
                return stamps;
            }

            after = hits[^1]!["sort"]!.DeepClone().AsArray();
        }
    }

    public async Task<IReadOnlyList<string>> SuggestNumbersAsync(string prefix, int max = 10, CancellationToken cancellationToken = default)
    {
        var normalized = DocumentNumber.Normalize(prefix);
        if (normalized.Length == 0 || max < 1)
        {
            return [];
        }

        await EnsureIndicesAsync(cancellationToken);
        var body = new JsonObject
        {
            ["size"] = max,
            ["_source"] = new JsonArray(SearchFields.Number),
            ["query"] = new JsonObject { ["prefix"] = new JsonObject { [SearchFields.NumberNormalized] = normalized } },
            ["sort"] = new JsonArray(new JsonObject { [SearchFields.Number] = "asc" }),
        };
        var response = await SendAsync(HttpMethod.Post, $"{_options.DocumentsIndex}/_search", body.ToJsonString(), "application/json", cancellationToken);
        return response["hits"]!["hits"]!.AsArray().Select(h => h!["_source"]![SearchFields.Number]!.GetValue<string>()).Distinct().ToArray();
    }

    private Task DeleteByQueryAsync(string indices, JsonNode query, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{indices}/_delete_by_query?refresh=true&conflicts=proceed", new JsonObject { ["query"] = query }.ToJsonString(), "application/json", cancellationToken);

    private Uri Url(string pathAndQuery) => new(_options.Url!, pathAndQuery);

    private async Task<JsonNode> SendAsync(HttpMethod method, string pathAndQuery, string body, string mediaType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Url(pathAndQuery))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)),
        };
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"Elasticsearch answered {(int)response.StatusCode} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {detail[..Math.Min(300, detail.Length)]}",
                null,
                response.StatusCode);
        }
    }
}
