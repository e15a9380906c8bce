namespace LegalReview.Data.Crawling;

/// <summary>A URL of the current run of a source: pending, or done (kept so it is not enqueued twice in the run).</summary>
public class CrawlFrontierItem
{
    /// <summary>Insertion order: the frontier is processed oldest first.</summary>
    public long Id { get; set; }

    public string SourceId { get; set; } = "";
    public string Url { get; set; } = "";
    public int Depth { get; set; }
    public string Kind { get; set; } = "";
    public string? Data { get; set; }
    public bool Done { get; set; }
}
