using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace LegalReview.Crawlers.Parsing;

/// <summary>Turns HTML into plain paragraphs in reading order (NFC, whitespace collapsed; table rows as cells joined by " | ").</summary>
public static partial class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tfoot", "tr",
        "blockquote", "section", "article", "header", "footer", "pre", "dl", "dt", "dd", "center", "form",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "head", "template" };

    /// <summary>Loads HTML (HtmlAgilityPack, lenient).</summary>
    public static HtmlDocument Load(string html)
    {
        var doc = new HtmlDocument { OptionFixNestedTags = true };
        doc.LoadHtml(html);
        return doc;
    }

    /// <summary>The paragraphs of <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Paragraphs(HtmlNode root)
    {
        var result = new List<string>();
        var line = new StringBuilder();
        Walk(root, line, result);
        Flush(line, result);
        return result;
    }

    /// <summary>The normalized text of one node (entities decoded, whitespace collapsed, NFC).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decoded = HtmlEntity.DeEntitize(text).Replace('\u00A0', ' ');
        return Whitespace().Replace(decoded, " ").Trim().Normalize(NormalizationForm.FormC);
    }

    public static string InnerText(HtmlNode? node) => node is null ? "" : Clean(node.InnerText);

    private static void Walk(HtmlNode node, StringBuilder line, List<string> result)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    line.Append(child.InnerText);
                    break;
                case HtmlNodeType.Element when Skipped.Contains(child.Name):
                    break;
                case HtmlNodeType.Element when child.Name.Equals("br", StringComparison.OrdinalIgnoreCase):
                    Flush(line, result);
                    break;
                case HtmlNodeType.Element when child.Name.Equals("tr", StringComparison.OrdinalIgnoreCase):
                    Flush(line, result);
                    var cells = child.ChildNodes.Where(c => c.Name is "td" or "th")
                        .Select(c => string.Join(" ", Paragraphs(c))).Where(c => c.Length > 0).ToList();
                    if (cells.Count > 0) result.Add(string.Join(" | ", cells));
                    break;
                case HtmlNodeType.Element when Blocks.Contains(child.Name):
                    Flush(line, result);
                    Walk(child, line, result);
                    Flush(line, result);
                    break;
                case HtmlNodeType.Element:
                    Walk(child, line, result);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder line, List<string> result)
    {
        if (line.Length == 0) return;
        var text = Clean(line.ToString());
        line.Clear();
        if (text.Length > 0) result.Add(text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
