using LegalReview.Data;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Crawling;

/// <summary>The configured sources (or the defaults), with localfolder's folder resolved against the data folder.</summary>
public sealed class CrawlSourceCatalog
{
    public CrawlSourceCatalog(IOptions<CrawlersOptions> options, DatabaseSettings settings)
    {
        var configured = options.Value.Sources.Count > 0 ? options.Value.Sources : CrawlersOptions.Defaults();
        Sources = configured.Select(s => s.Kind == "localfolder" && string.IsNullOrWhiteSpace(s.BaseUrl)
                ? Copy(s, Path.Combine(settings.DataFolder, "inbox"))
                : s).ToList();
    }

    public IReadOnlyList<CrawlSourceOptions> Sources { get; }

    public CrawlSourceOptions? Find(string id) => Sources.FirstOrDefault(s => s.Id == id);

    /// <summary>Hangfire recurring-job id of a source.</summary>
    public static string JobId(string sourceId) => "crawl:" + sourceId;

    private static CrawlSourceOptions Copy(CrawlSourceOptions s, string folder) => new()
    {
        Id = s.Id, Kind = s.Kind, BaseUrl = folder, Options = s.Options, Cron = s.Cron, Enabled = s.Enabled, Name = s.Name,
    };
}
