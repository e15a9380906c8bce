namespace LegalReview.Search.Relevance;

/// <summary>Where the expected article came for one query (1-based rank, null when not in the fetched hits).</summary>
public sealed record RelevanceOutcome(RelevanceQuery Query, int? Rank, IReadOnlyList<string> TopHits, string? Error);
