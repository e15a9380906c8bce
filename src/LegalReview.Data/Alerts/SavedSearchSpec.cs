namespace LegalReview.Data.Alerts;

/// <summary>A saved search to percolate: its watch id, query text and the /search filters.</summary>
public sealed record SavedSearchSpec(
    long WatchId, string? Query, string? Type = null, string? Issuer = null, string? Validity = null, int? Year = null,
    string? Topic = null);
