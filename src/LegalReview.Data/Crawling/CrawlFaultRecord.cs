namespace LegalReview.Data.Crawling;

/// <summary>A frontier item a run gave up on, with its one-line reason.</summary>
public class CrawlFaultRecord
{
    public long Id { get; set; }
    public string SourceId { get; set; } = "";
    public string RunId { get; set; } = "";
    public string Url { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
