namespace LegalReview.Data.Alerts;

/// <summary>A saved search that matched: which provisions (indexes into the percolated list) and which words did.</summary>
public sealed record PercolatorMatch(long WatchId, IReadOnlyList<int> Provisions, IReadOnlyList<string> MatchedWords);
