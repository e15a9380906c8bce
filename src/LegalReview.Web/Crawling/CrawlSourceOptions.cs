namespace LegalReview.Web.Crawling;

/// <summary>One configured crawl source (configuration <c>Crawlers:Sources:N</c>).</summary>
public sealed class CrawlSourceOptions
{
    /// <summary>Stable id: job id <c>crawl:{Id}</c> and crawl-state key.</summary>
    public string Id { get; set; } = "";

    /// <summary>Crawler kind: <c>vbpl</c>, <c>congbao</c> or <c>localfolder</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Site root (null = the real site); for localfolder the watched folder (default <c>&lt;data&gt;/inbox</c>).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Source-specific options, e.g. <c>unit</c> = <c>TW</c> or <c>langson</c>.</summary>
    public Dictionary<string, string> Options { get; set; } = [];

    /// <summary>Default schedule (an admin's edit on the Sources page overrides it).</summary>
    public string Cron { get; set; } = "0 2 * * *";

    public bool Enabled { get; set; }

    /// <summary>Display name on the Sources page.</summary>
    public string? Name { get; set; }
}
