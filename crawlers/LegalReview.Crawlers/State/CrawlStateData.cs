namespace LegalReview.Crawlers.State;

/// <summary>The whole state of one source, as kept in memory and serialized by <see cref="JsonFileCrawlStateStore"/>.</summary>
internal sealed class CrawlStateData
{
    public CrawlRunState? Run { get; set; }
    public List<FrontierEntry> Frontier { get; set; } = [];
    public HashSet<string> Done { get; set; } = [];
    public Dictionary<string, UrlState> Urls { get; set; } = [];
    public List<CrawlFault> Faults { get; set; } = [];
}
