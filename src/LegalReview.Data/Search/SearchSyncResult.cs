namespace LegalReview.Data.Search;

/// <summary>What one sync pass did.</summary>
public sealed record SearchSyncResult(int Indexed, int Deleted);
