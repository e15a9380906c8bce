using System.Diagnostics;
using LegalReview.Crawlers;
using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.Vbpl;
using LegalReview.Data;
using LegalReview.Data.Crawling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>
/// Fetch + parse + store: the generated vbpl site served on 127.0.0.1 (rate limit off), crawled through the EF store
/// and the ingestion service into a temporary SQLite data folder, deleted afterwards.
/// </summary>
public static class CrawlStoreBenchmark
{
    public static async Task<(int Documents, long Pages, TimeSpan Elapsed, string Fetch)> RunAsync(int documents, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "legalreview-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
            }).Build();
            var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging()
                .AddLegalReviewData(configuration, folder).BuildServiceProvider();
            await using (services)
            {
                await services.MigrateLegalReviewDatabaseAsync(ct);
                var site = new VbplFixtureSite(documents);
                await using var server = new FixtureHttpServer(site.Handle);
                var fetcher = PoliteFetcher.Create(new FetcherOptions { RequestsPerSecondPerHost = 0, Timeout = TimeSpan.FromSeconds(10) });
                await using var scope = services.CreateAsyncScope();
                var runner = scope.ServiceProvider.GetRequiredService<CrawlRunner>();
                var stopwatch = Stopwatch.StartNew();
                var summary = await runner.RunAsync("bench", new VbplCrawler(fetcher, TimeProvider.System), new CrawlRequest(server.BaseUrl),
                    "cli", checkEmptyRuns: false, progress: null, ct);
                stopwatch.Stop();
                return (summary.Stored, fetcher.Statistics.Success2xx, stopwatch.Elapsed, fetcher.Statistics.ToString());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
