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
    public static string Fragment(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        // A search page sanitizes twenty snippets; parsing each into a DOM was a fifth of the page's cost. Builder
        // output that is plainly safe passes as it is; anything else still goes through the sanitizer.
        return IsPlainFragment(html) ? html : FragmentSanitizer.Sanitize(html);
    }

    /// <summary>
    /// True when <paramref name="html"/> is text with nothing but attribute-less, properly nested mark/ins/del tags
    /// and &lt;br&gt;, and every "&amp;" starts a complete character reference: such a fragment has no attribute, URL,
    /// comment or script to strip and cannot leave an element open, so the sanitizer would keep it as it is.
    /// </summary>
    internal static bool IsPlainFragment(ReadOnlySpan<char> html)
    {
        Span<char> open = stackalloc char[8];
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var next = html[i..].IndexOfAny('<', '>', '&');
            if (next < 0)
            {
                break;
            }

            i += next;
            var rest = html[i..];
            if (rest[0] == '>')
            {
                return false;
            }

            if (rest[0] == '&')
            {
                var length = CharacterReferenceLength(rest);
                if (length == 0)
                {
                    return false;
                }

                i += length;
                continue;
            }

            if (rest.StartsWith("<br>") || rest.StartsWith("<br/>") || rest.StartsWith("<br />"))
            {
                i += rest.IndexOf('>') + 1;
                continue;
            }

            var closing = rest.Length > 1 && rest[1] == '/';
            var name = rest[(closing ? 2 : 1)..];
            var tag = name.StartsWith("mark>") ? 'm' : name.StartsWith("ins>") ? 'i' : name.StartsWith("del>") ? 'd' : '\0';
            if (tag == '\0')
            {
                return false;
            }

            if (closing)
            {
                if (depth == 0 || open[--depth] != tag)
                {
                    return false;
                }
            }
            else
            {
                if (depth == open.Length)
                {
                    return false;
                }

                open[depth++] = tag;
            }

            i += rest.IndexOf('>') + 1;
        }

        return depth == 0;
    }

    /// <returns>Length of the "&amp;name;", "&amp;#123;" or "&amp;#x1F;" reference at the start, or 0 when it is not one.</returns>
    private static int CharacterReferenceLength(ReadOnlySpan<char> s)
    {
        var end = s[..Math.Min(s.Length, 34)].IndexOf(';');
        if (end < 2)
        {
            return 0;
        }

        var body = s[1..end];
        var valid = body[0] == '#'
            ? body.Length > 1 && (body[1] is 'x' or 'X'
                ? body.Length > 2 && body[2..].IndexOfAnyExcept("0123456789abcdefABCDEF") < 0
                : body[1..].IndexOfAnyExcept("0123456789") < 0)
            : body.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") < 0 && char.IsAsciiLetter(body[0]);
        return valid ? end + 1 : 0;
    }

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
