using LegalReview.Crawlers.Http;

namespace LegalReview.Web.Crawling;

/// <summary>Configuration section <c>Crawlers</c>: the sources and the polite fetcher's settings.</summary>
public sealed class CrawlersOptions
{
    public const string Section = "Crawlers";

    /// <summary>Configured sources; empty = <see cref="Defaults"/>.</summary>
    public List<CrawlSourceOptions> Sources { get; set; } = [];

    /// <summary>User-Agent, rate limit, timeouts … (<c>Crawlers:Fetcher</c>).</summary>
    public FetcherOptions Fetcher { get; set; } = new();

    /// <summary>
    /// vbpl central and Lạng Sơn are disabled (this machine has no internet); the file drop <c>&lt;data&gt;/inbox</c>
    /// is enabled and polled every 15 minutes.
    /// </summary>
    public static IReadOnlyList<CrawlSourceOptions> Defaults() =>
    [
        new() { Id = "vbpl-tw", Kind = "vbpl", Name = "CSDL quốc gia về pháp luật (Trung ương)", Options = new() { ["unit"] = "TW" }, Cron = "0 2 * * *" },
        new() { Id = "vbpl-langson", Kind = "vbpl", Name = "CSDL quốc gia về pháp luật (Lạng Sơn)", Options = new() { ["unit"] = "langson" }, Cron = "30 2 * * *" },
        new() { Id = "localfolder", Kind = "localfolder", Name = "Thư mục nhận tệp (inbox)", Cron = "*/15 * * * *", Enabled = true },
    ];
}
