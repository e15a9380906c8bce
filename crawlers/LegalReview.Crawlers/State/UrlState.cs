namespace LegalReview.Crawlers.State;

/// <summary>What we knew about a URL last time: validators for conditional GET and the content hash for change detection.</summary>
/// <param name="Url">The fetched URL.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the body last stored.</param>
/// <param name="ETag">ETag header last received (sent back as If-None-Match).</param>
/// <param name="LastModified">Last-Modified header last received (sent back as If-Modified-Since).</param>
/// <param name="LastSeen">When the URL was last fetched successfully (200 or 304).</param>
public sealed record UrlState(Uri Url, string? ContentHash, string? ETag, DateTimeOffset? LastModified, DateTimeOffset LastSeen);
