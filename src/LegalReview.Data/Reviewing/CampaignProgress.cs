namespace LegalReview.Data.Reviewing;

/// <summary>Item counts by status; <see cref="Done"/> = approved + dismissed.</summary>
public sealed record CampaignProgress(int Total, IReadOnlyDictionary<ReviewItemStatus, int> ByStatus)
{
    public int Count(ReviewItemStatus status) => ByStatus.TryGetValue(status, out var n) ? n : 0;

    public int Done => Count(ReviewItemStatus.Approved) + Count(ReviewItemStatus.Dismissed);

    /// <summary>Whole percent done, 0 for an empty campaign.</summary>
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Done / Total);

    public static CampaignProgress From(IEnumerable<ReviewItemStatus> statuses)
    {
        var groups = statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        return new CampaignProgress(groups.Values.Sum(), groups);
    }
}
