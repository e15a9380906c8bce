namespace LegalReview.Crawlers;

/// <summary>A link found on a listing page.</summary>
/// <param name="Url">Absolute URL.</param>
/// <param name="Kind">What it leads to: <c>document</c>, <c>listing</c> (next page), <c>issue</c>, <c>attachment</c>.</param>
/// <param name="Text">Link text as shown.</param>
/// <param name="Metadata">What the listing row already says about the target (number, type, dates …), if anything.</param>
public sealed record PageLink(Uri Url, string Kind, string? Text, DocumentMetadata? Metadata = null);
