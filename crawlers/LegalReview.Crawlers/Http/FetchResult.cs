using System.Text;

namespace LegalReview.Crawlers.Http;

/// <summary>The result of one <see cref="PoliteFetcher.FetchAsync"/> (after redirects and retries).</summary>
/// <param name="RequestedUrl">The URL asked for.</param>
/// <param name="FinalUrl">The URL that answered (after redirects).</param>
/// <param name="Outcome">Ok, NotModified or Failed.</param>
/// <param name="StatusCode">Last HTTP status (0 when no response).</param>
/// <param name="Body">The body (empty unless Ok).</param>
/// <param name="MediaType">Content-Type media type, lower case.</param>
/// <param name="Encoding">Detected text encoding for text bodies (null for binary ones).</param>
/// <param name="ETag">ETag validator received.</param>
/// <param name="LastModified">Last-Modified validator received.</param>
/// <param name="FetchedAt">When the final response arrived.</param>
/// <param name="Fault">Why it failed (Failed only).</param>
/// <param name="Error">One-line reason (Failed only).</param>
public sealed record FetchResult(
    Uri RequestedUrl,
    Uri FinalUrl,
    FetchOutcome Outcome,
    int StatusCode,
    byte[] Body,
    string? MediaType,
    Encoding? Encoding,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset FetchedAt,
    FetchFaultKind? Fault = null,
    string? Error = null)
{
    /// <summary>The body decoded with the detected encoding (UTF-8 when none was detected).</summary>
    public string GetText() => (Encoding ?? Encoding.UTF8).GetString(Body);

    public bool IsOk => Outcome == FetchOutcome.Ok;
}
