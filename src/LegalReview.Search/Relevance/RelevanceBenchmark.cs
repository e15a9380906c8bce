namespace LegalReview.Search.Relevance;

/// <summary>
/// Runs judged queries against an index that already holds the sample corpus and reports recall@K and MRR
/// (reciprocal rank of the first hit on the expected article within the first <see cref="Depth"/> hits).
/// </summary>
public sealed class RelevanceBenchmark(ISearchIndex index)
{
    public const int Depth = 20;

    public async Task<RelevanceReport> RunAsync(IReadOnlyList<RelevanceQuery> queries, int k = 5, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var outcomes = new List<RelevanceOutcome>(queries.Count);
        foreach (var query in queries)
        {
            var result = await index.SearchAsync(new SearchQuery(query.Query, PageSize: Depth), cancellationToken);
            var rank = result.Hits.Select((hit, i) => (hit, i)).FirstOrDefault(x => query.IsMatch(x.hit), (null!, -1)).Item2;
            outcomes.Add(new RelevanceOutcome(
                query,
                rank < 0 ? null : rank + 1,
                result.Hits.Take(k).Select(h => $"{h.DocumentNumber} {h.ProvisionId}".Trim()).ToArray(),
                result.Error));
        }

        var count = Math.Max(1, outcomes.Count);
        var recall = outcomes.Count(o => o.Rank <= k) / (double)count;
        var mrr = outcomes.Sum(o => o.Rank is { } r ? 1.0 / r : 0) / count;
        return new RelevanceReport(k, recall, mrr, outcomes);
    }
}
