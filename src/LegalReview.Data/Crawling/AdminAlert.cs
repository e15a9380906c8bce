namespace LegalReview.Data.Crawling;

/// <summary>Something an administrator must look at (an unhealthy crawl source …), shown until acknowledged.</summary>
public class AdminAlert
{
    public long Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What raised it, e.g. <c>crawl:vbpl</c>.</summary>
    public string Origin { get; set; } = "";

    /// <summary>One Vietnamese line.</summary>
    public string Message { get; set; } = "";

    public DateTimeOffset? AcknowledgedAt { get; set; }
}
