namespace LegalReview.Search.Relevance;

/// <summary>Recall@K (share of queries whose expected article is in the top K) and mean reciprocal rank.</summary>
public sealed record RelevanceReport(int K, double Recall, double MeanReciprocalRank, IReadOnlyList<RelevanceOutcome> Outcomes)
{
    public IEnumerable<RelevanceOutcome> Misses => Outcomes.Where(o => o.Rank is null || o.Rank > K);
}
