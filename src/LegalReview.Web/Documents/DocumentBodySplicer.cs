using System.Text;

namespace LegalReview.Web.Documents;

/// <summary>
/// Puts a page together from the Razor output (small: header, metadata, per-user forms) and a cached
/// <see cref="DocumentBody"/>: the template writes <see cref="TableOfContentsMarker"/> and <see cref="ProvisionsMarker"/>
/// where the body's parts belong, and each annotated unit's markup goes in before its closing tag. The markers are
/// HTML comments written raw by the template; Razor encodes every text value ("&lt;" becomes "&amp;lt;"), so no document
/// text or user input can produce one.
/// </summary>
public static class DocumentBodySplicer
{
    public const string TableOfContentsMarker = "<!--legalreview:toc-->";
    public const string ProvisionsMarker = "<!--legalreview:provisions-->";

    private static readonly byte[] TocBytes = Encoding.UTF8.GetBytes(TableOfContentsMarker);
    private static readonly byte[] ProvisionsBytes = Encoding.UTF8.GetBytes(ProvisionsMarker);

    /// <summary>The page as consecutive byte segments (nothing is copied but the annotation markup).</summary>
    /// <param name="page">The Razor output with both markers, in that order.</param>
    /// <param name="unitHtml">Per-user markup by stable id; units the body does not have are skipped.</param>
    /// <exception cref="InvalidOperationException">A marker is missing (the template and this class disagree).</exception>
    public static List<ReadOnlyMemory<byte>> Segments(
        ReadOnlyMemory<byte> page, DocumentBody body, IReadOnlyDictionary<string, string> unitHtml)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(unitHtml);
        var toc = page.Span.IndexOf(TocBytes);
        var provisionsAt = toc < 0 ? -1 : page.Span[toc..].IndexOf(ProvisionsBytes);
        if (toc < 0 || provisionsAt < 0)
        {
            throw new InvalidOperationException("The document page lacks the body markers.");
        }

        provisionsAt += toc;
        var segments = new List<ReadOnlyMemory<byte>>(5 + 2 * unitHtml.Count)
        {
            page[..toc],
            body.TableOfContents,
            page[(toc + TocBytes.Length)..provisionsAt],
        };
        var splices = unitHtml
            .Select(u => (Found: body.TryGetUnitEnd(u.Key, out var at), At: at, Html: u.Value))
            .Where(s => s.Found)
            .OrderBy(s => s.At)
            .ToList();
        var from = 0;
        foreach (var (_, at, html) in splices)
        {
            segments.Add(body.Provisions[from..at]);
            segments.Add(Encoding.UTF8.GetBytes(html));
            from = at;
        }

        segments.Add(body.Provisions[from..]);
        segments.Add(page[(provisionsAt + ProvisionsBytes.Length)..]);
        return segments;
    }
}
