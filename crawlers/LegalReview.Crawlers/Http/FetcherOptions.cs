using System.ComponentModel.DataAnnotations;

namespace LegalReview.Crawlers.Http;

/// <summary>Politeness and robustness settings of <see cref="PoliteFetcher"/> (bind from configuration section <c>Crawlers:Fetcher</c>).</summary>
public sealed class FetcherOptions
{
    /// <summary>Identifies us to site operators, with a way to contact us.</summary>
    [Required]
    public string UserAgent { get; set; } = "LegalReviewBot/1.0 (+https://github.com/legalreview/legalreview; legal review workbench of a provincial Department of Justice)";

    /// <summary>The token matched against robots.txt <c>User-agent</c> lines.</summary>
    [Required]
    public string RobotsUserAgentToken { get; set; } = "LegalReviewBot";

    /// <summary>Requests per second per host; 0 turns rate limiting off (tests, benchmarks on a local site).</summary>
    [Range(0, 1000)]
    public double RequestsPerSecondPerHost { get; set; } = 1.0;

    /// <summary>Whether robots.txt is fetched (once per host) and honoured.</summary>
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>Time allowed for one attempt, headers and body included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for transient faults (timeouts, 5xx, 429, truncated bodies, network).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff; doubled on each retry.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on any wait between attempts, including the one a Retry-After header asks for.</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Bodies larger than this are aborted and recorded as <see cref="FetchFaultKind.TooLarge"/>.</summary>
    [Range(1, long.MaxValue)]
    public long MaxResponseBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Redirects followed per fetch.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;
}
