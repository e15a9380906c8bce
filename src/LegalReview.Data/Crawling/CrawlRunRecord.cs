namespace LegalReview.Data.Crawling;

/// <summary>One crawl run of a source, with its counters; the run without <see cref="FinishedAt"/> is resumable.</summary>
public class CrawlRunRecord
{
    public long Id { get; set; }
    public string SourceId { get; set; } = "";

    /// <summary>The crawler library's run id (<c>CrawlRunState.RunId</c>).</summary>
    public string RunId { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Fetched { get; set; }
    public int New { get; set; }
    public int Changed { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }

    /// <summary>Documents the ingestion stored (new document or new version) during this run.</summary>
    public int Stored { get; set; }

    /// <summary>How the run was started: <c>scheduled</c>, <c>manual</c>, <c>cli</c>.</summary>
    public string Trigger { get; set; } = "";

    /// <summary>Set by the health check when the run is suspicious (pages fetched but nothing parsed …).</summary>
    public string? UnhealthyReason { get; set; }
}
