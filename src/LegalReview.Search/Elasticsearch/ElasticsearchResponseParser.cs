using System.Globalization;
using System.Text.Json.Nodes;

namespace LegalReview.Search.Elasticsearch;

/// <summary>Reads an Elasticsearch 8 _search response into a <see cref="SearchResult"/>.</summary>
internal static class ElasticsearchResponseParser
{
    public static SearchResult Parse(JsonNode response)
    {
        var hits = response["hits"]!;
        var total = hits["total"]?["value"]?.GetValue<long>() ?? 0;
        var list = hits["hits"]!.AsArray().Select(h => Hit(h!)).ToArray();
        var aggs = response["aggregations"];
        var facets = new SearchFacets(
            Buckets(aggs?[SearchFields.DocType]),
            Buckets(aggs?[SearchFields.Issuer]),
            Buckets(aggs?[SearchFields.Validity]),
            Buckets(aggs?[SearchFields.Year]),
            Buckets(aggs?[SearchFields.Topics]));
        return new SearchResult(total, list, facets);
    }

    private static SearchHit Hit(JsonNode hit)
    {
        var source = hit["_source"]!;
        var highlight = hit["highlight"];
        var snippet = First(highlight?[SearchFields.Text]) is { } accented && accented.Contains("<mark>", StringComparison.Ordinal)
            ? accented
            : First(highlight?[SearchFields.TextFolded]) ?? First(highlight?[SearchFields.Text]) ?? "";
        return new SearchHit(
            source[SearchFields.DocumentId]!.GetValue<long>(),
            (string?)source[SearchFields.Number] ?? "",
            (string?)source[SearchFields.Title] ?? "",
            (string?)source[SearchFields.ProvisionId] ?? "",
            (string?)source[SearchFields.Kind] ?? "",
            (string?)source[SearchFields.Label] is { Length: > 0 } label ? label : null,
            (string?)source[SearchFields.Heading],
            hit["_score"] is JsonValue score ? score.GetValue<float>() : 0f,
            snippet);
    }

    private static string? First(JsonNode? fragments) => fragments?.AsArray().FirstOrDefault()?.GetValue<string>();

    private static IReadOnlyList<FacetValue> Buckets(JsonNode? aggregation) =>
        aggregation?["buckets"]?.AsArray().Select(b => new FacetValue(Key(b!), b!["doc_count"]!.GetValue<long>())).ToArray() ?? [];

    private static string Key(JsonNode bucket) =>
        bucket["key_as_string"]?.GetValue<string>()
        ?? (bucket["key"] is JsonValue v && v.TryGetValue<long>(out var number) ? number.ToString(CultureInfo.InvariantCulture) : bucket["key"]!.GetValue<string>());
}
