using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers.Http;

/// <summary>Conditional fetches against the crawl state, shared by the sources.</summary>
public static class FetchSupport
{
    /// <summary>Fetches <paramref name="url"/> with the validators stored for it (when <paramref name="conditional"/>).</summary>
    public static async Task<(FetchResult Result, UrlState? Previous)> FetchAsync(
        PoliteFetcher fetcher, ICrawlStateStore state, Uri url, bool conditional, CancellationToken cancellationToken)
    {
        var previous = await state.GetUrlStateAsync(url, cancellationToken).ConfigureAwait(false);
        var result = await fetcher.FetchAsync(url, conditional ? ConditionalRequest.From(previous) : null, cancellationToken).ConfigureAwait(false);
        return (result, previous);
    }

    /// <summary>The state to save after a successful fetch (200 or 304).</summary>
    public static UrlState NewState(FetchResult result, UrlState? previous) =>
        result.Outcome == FetchOutcome.NotModified && previous is not null
            ? previous with { LastSeen = result.FetchedAt }
            : new UrlState(result.RequestedUrl, Hashing.Sha256Hex(result.Body), result.ETag, result.LastModified, result.FetchedAt);

    /// <summary>True when the page is the same as last time (304, or 200 with the same hash).</summary>
    public static bool IsUnchanged(FetchResult result, UrlState? previous) =>
        result.Outcome == FetchOutcome.NotModified
        || (previous?.ContentHash is { } hash && result.IsOk && hash == Hashing.Sha256Hex(result.Body));

    /// <summary>A failed step carrying the fetch fault.</summary>
    public static CrawlStep Failed(FetchResult result, int fetched = 0) =>
        CrawlStep.Failed(result.RequestedUrl, result.Fault?.ToString() ?? "Unknown", result.Error ?? "fetch failed", result.FetchedAt, fetched);
}
