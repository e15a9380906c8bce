namespace LegalReview.Crawlers.State;

/// <summary>A URL waiting to be crawled.</summary>
/// <param name="Url">What to fetch.</param>
/// <param name="Depth">Listing depth (0 = seed); crawlers stop following links past <see cref="CrawlRequest.MaxDepth"/>.</param>
/// <param name="Kind">Source-specific page kind (<c>listing</c>, <c>document</c>, <c>issue</c>, <c>attachment</c>, <c>file</c>).</param>
/// <param name="Data">Source-specific context carried from the page that found the URL (e.g. a listing row as JSON).</param>
public sealed record FrontierEntry(Uri Url, int Depth, string Kind, string? Data = null);
