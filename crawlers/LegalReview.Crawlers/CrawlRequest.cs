namespace LegalReview.Crawlers;

/// <summary>What to crawl in one run.</summary>
/// <param name="BaseUrl">Overrides the source's default site root (tests, mirrors); null = the real site.</param>
/// <param name="MaxDocuments">Stop after yielding this many documents (the run stays resumable); null = no limit.</param>
/// <param name="MaxDepth">How many listing pages deep to follow pagination/links.</param>
/// <param name="Options">Source-specific settings, e.g. <c>unit</c> = <c>TW</c> or <c>langson</c> for vbpl, <c>year</c> for congbao.</param>
public sealed record CrawlRequest(
    Uri? BaseUrl = null,
    int? MaxDocuments = null,
    int MaxDepth = 100,
    IReadOnlyDictionary<string, string>? Options = null)
{
    public string? Option(string key) =>
        Options is not null && Options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
