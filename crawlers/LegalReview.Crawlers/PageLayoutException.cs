namespace LegalReview.Crawlers;

/// <summary>
/// A page does not have the layout its parser knows (the site changed, or it is not the page we think).
/// Thrown instead of returning half-parsed data, so a layout change is reported loudly and nothing wrong gets indexed.
/// </summary>
public sealed class PageLayoutException(string sourceId, string pageKind, string reason)
    : Exception($"{sourceId}: unrecognized {pageKind} layout: {reason}")
{
    public string SourceId { get; } = sourceId;
    public string PageKind { get; } = pageKind;
}
