namespace LegalReview.Crawlers.Benchmarks;

/// <summary>Result of <see cref="CrawlBenchmark.RunAsync"/>.</summary>
/// <param name="Documents">Documents yielded.</param>
/// <param name="Pages">HTTP pages fetched with 2xx (listings, document pages, robots.txt).</param>
/// <param name="Elapsed">Wall-clock time of the crawl.</param>
/// <param name="PagesPerSecond">Pages / second.</param>
/// <param name="DocumentsPerSecond">Documents / second.</param>
/// <param name="FetchSummary">The fetcher's statistics as one line.</param>
public sealed record CrawlBenchmarkResult(int Documents, long Pages, TimeSpan Elapsed, double PagesPerSecond, double DocumentsPerSecond, string FetchSummary);
