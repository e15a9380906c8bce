using System.Diagnostics;
using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.Vbpl;
using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers.Benchmarks;

/// <summary>
/// Crawls a generated local vbpl-layout site of N documents over real HTTP on 127.0.0.1 with rate limiting off and
/// measures throughput (fetch + parse; storing is the caller's part). Called by <c>legalreview bench crawl</c>.
/// </summary>
public sealed class CrawlBenchmark
{
    /// <summary>Runs the benchmark; every document is fetched as its 4 classic pages (or 1 API call).</summary>
    public async Task<CrawlBenchmarkResult> RunAsync(int documents, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        var site = new VbplFixtureSite(documents);
        await using var server = new FixtureHttpServer(site.Handle);
        var options = new FetcherOptions { RequestsPerSecondPerHost = 0, Timeout = TimeSpan.FromSeconds(10) };
        var fetcher = PoliteFetcher.Create(options);
        var crawler = new VbplCrawler(fetcher, TimeProvider.System);
        var yielded = 0;
        var stopwatch = Stopwatch.StartNew();
        await foreach (var _ in crawler.CrawlAsync(new CrawlRequest(server.BaseUrl), new InMemoryCrawlStateStore(), null, cancellationToken).ConfigureAwait(false))
            yielded++;
        stopwatch.Stop();
        var seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-6);
        var pages = fetcher.Statistics.Success2xx;
        return new CrawlBenchmarkResult(yielded, pages, stopwatch.Elapsed, pages / seconds, yielded / seconds, fetcher.Statistics.ToString());
    }

    /// <summary>Pages fetched and parsed per second for an N-document local site.</summary>
    public async Task<double> MeasurePagesPerSecondAsync(int documents, CancellationToken cancellationToken) =>
        (await RunAsync(documents, cancellationToken).ConfigureAwait(false)).PagesPerSecond;
}
