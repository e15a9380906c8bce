namespace LegalReview.Crawlers.FixtureSites;

/// <summary>What a fixture site answers to one request (a server adapter turns it into HTTP).</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">Body bytes.</param>
/// <param name="ContentType">Content-Type header (with charset when relevant).</param>
/// <param name="Headers">Other headers (ETag, Location, Retry-After …).</param>
/// <param name="Delay">Wait before answering (timeouts).</param>
/// <param name="TruncateAt">Declare the full length but send only this many bytes, then drop the connection.</param>
/// <param name="OmitContentLength">Send chunked, so a client cannot know the size in advance.</param>
public sealed record FixtureResponse(
    int Status,
    byte[] Body,
    string? ContentType,
    IReadOnlyDictionary<string, string>? Headers = null,
    TimeSpan Delay = default,
    int? TruncateAt = null,
    bool OmitContentLength = false)
{
    public static FixtureResponse NotFound { get; } = new(404, "not found"u8.ToArray(), "text/plain; charset=utf-8");
}
