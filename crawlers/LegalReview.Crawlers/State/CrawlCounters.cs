namespace LegalReview.Crawlers.State;

/// <summary>Run counters (fetched / new / changed / unchanged / failed), summed by <see cref="Add"/>.</summary>
public sealed record CrawlCounters(int Fetched = 0, int New = 0, int Changed = 0, int Unchanged = 0, int Failed = 0)
{
    public static CrawlCounters Zero { get; } = new();

    public CrawlCounters Add(CrawlCounters other) => new(
        Fetched + other.Fetched, New + other.New, Changed + other.Changed,
        Unchanged + other.Unchanged, Failed + other.Failed);
}
