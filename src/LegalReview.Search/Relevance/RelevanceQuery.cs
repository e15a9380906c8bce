using System.Text.Json;
using System.Text.Json.Serialization;

namespace LegalReview.Search.Relevance;

/// <summary>One judged query: the document number and article ("dieu-35") a reviewer expects near the top.</summary>
public sealed record RelevanceQuery(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("note")] string? Note = null)
{
    /// <summary>Reads benchmarks/relevance/queries.json ({"queries":[…]}).</summary>
    public static async Task<IReadOnlyList<RelevanceQuery>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<QueryFile>(stream, cancellationToken: cancellationToken)
            ?? throw new InvalidDataException($"{path} is empty.");
        return file.Queries;
    }

    /// <summary>True when the hit is the expected article or one of its clauses.</summary>
    public bool IsMatch(SearchHit hit) =>
        string.Equals(Analysis.DocumentNumber.Normalize(hit.DocumentNumber), Analysis.DocumentNumber.Normalize(Number), StringComparison.Ordinal)
        && hit.ProvisionId.Split('/').Contains(Article, StringComparer.Ordinal);

    private sealed record QueryFile([property: JsonPropertyName("queries")] IReadOnlyList<RelevanceQuery> Queries);
}
