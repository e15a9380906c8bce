namespace LegalReview.Data.Search;

/// <summary>
/// Differences between the database and the search index: documents not indexed, indexed with an older stamp, and
/// index entries whose document no longer exists; plus outbox entries not processed yet.
/// </summary>
public sealed record SearchVerifyReport(
    int DocumentCount,
    IReadOnlyList<long> Missing,
    IReadOnlyList<long> Stale,
    IReadOnlyList<long> Orphaned,
    IReadOnlyList<SearchOutboxStatus> PendingOutbox)
{
    /// <summary>True when the index matches the database.</summary>
    public bool IsInSync => Missing.Count == 0 && Stale.Count == 0 && Orphaned.Count == 0;

    /// <summary>Pending entries that failed at least once (with their last error).</summary>
    public IReadOnlyList<SearchOutboxStatus> FailedOutbox => PendingOutbox.Where(e => e.Attempts > 0).ToList();
}
