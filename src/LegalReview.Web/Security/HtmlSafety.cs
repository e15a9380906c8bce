using Ganss.Xss;

namespace LegalReview.Web.Security;

/// <summary>
/// The last line of defence for the few places that render markup built by the app itself (search snippets with
/// &lt;mark&gt;, diffs with &lt;ins&gt;/&lt;del&gt;, the relation graph SVG). Those builders HTML-encode document text already;
/// sanitizing again means a future bug in a builder still cannot put a script, an event handler or a javascript: URL
/// from a crawled document onto the page. Everything else is rendered through Razor's encoding.
/// </summary>
public static class HtmlSafety
{
    private static readonly HtmlSanitizer FragmentSanitizer = Create(["mark", "ins", "del", "br", "span"], ["class"]);

    private static readonly HtmlSanitizer SvgSanitizer = Create(
        ["svg", "defs", "marker", "path", "line", "rect", "text", "title", "g", "a"],
        ["class", "xmlns", "viewbox", "role", "aria-label", "id", "refx", "refy", "markerwidth", "markerheight", "orient",
            "d", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "rx", "text-anchor", "marker-end", "href"]);

    /// <summary>Keeps only highlight/diff markup (mark, ins, del, br, span class); strips everything else.</summary>
    public static string Fragment(string? html) => string.IsNullOrEmpty(html) ? "" : FragmentSanitizer.Sanitize(html);

    /// <summary>Keeps only the drawing elements the relation graph uses; links must be relative to the app.</summary>
    public static string Svg(string? svg) => string.IsNullOrEmpty(svg) ? "" : SvgSanitizer.Sanitize(svg);

    private static HtmlSanitizer Create(IEnumerable<string> tags, IEnumerable<string> attributes)
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedSchemes = new HashSet<string>(),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        };
        // Relative links only: AllowedSchemes is empty, so http(s):, javascript:, data: … are all dropped.
        return new HtmlSanitizer(options);
    }
}
