using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Importing;

/// <summary>
/// Crawled or uploaded HTML (untrusted): visible text only, block elements become paragraph breaks, table rows become
/// one paragraph of cells joined by " | ". A thuvienphapluat.vn page carries the document twice in div.content1: the first wins.
/// </summary>
internal static partial class HtmlExtractor
{
    // Deeper table nesting than this is flattened instead of recursed into, so hostile markup cannot exhaust the stack.
    private const int MaxTableNesting = 16;

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "iframe", "head", "template", "svg", "math", "object", "embed", "canvas",
        "select", "textarea", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "aside", "main",
        "blockquote", "pre", "address", "figure", "figcaption", "form", "fieldset", "legend", "hr", "center", "body",
    };

    public static ExtractedText Extract(byte[] bytes)
    {
        var html = TextDecoder.Decode(bytes, TextDecoder.FindHtmlMetaCharset(bytes));
        var document = new HtmlDocument();
        document.LoadHtml(html);

        var root = document.DocumentNode.SelectSingleNode(
                "//div[contains(concat(' ', normalize-space(@class), ' '), ' content1 ')]")
            ?? document.DocumentNode.SelectSingleNode("//body")
            ?? document.DocumentNode;

        var paragraphs = new List<string>();
        Walk(root, paragraphs, tableDepth: 0);
        if (paragraphs.Count == 0)
            throw new DocumentRejectedException("Trang HTML không có nội dung văn bản.");
        return new ExtractedText(paragraphs, ImportMediaTypes.Html);
    }

    private static void Walk(HtmlNode root, List<string> paragraphs, int tableDepth)
    {
        var line = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, bool Exiting)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exiting) = stack.Pop();
            if (exiting)
            {
                Flush(line, paragraphs);
                continue;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    line.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                    continue;
                case HtmlNodeType.Comment:
                    continue;
            }

            var name = node.Name;
            if (node.NodeType == HtmlNodeType.Element && Dropped.Contains(name))
                continue;
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                Flush(line, paragraphs);
                continue;
            }
            if (name.Equals("tr", StringComparison.OrdinalIgnoreCase) && tableDepth < MaxTableNesting)
            {
                Flush(line, paragraphs);
                var row = RowText(node, tableDepth + 1);
                if (row.Length > 0)
                    paragraphs.Add(row);
                continue;
            }

            var isBlock = Blocks.Contains(name) || name.Equals("tr", StringComparison.OrdinalIgnoreCase);
            if (isBlock)
            {
                Flush(line, paragraphs);
                stack.Push((node, true));
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, false));
        }
        Flush(line, paragraphs);
    }

    private static string RowText(HtmlNode row, int tableDepth)
    {
        var cells = new List<string>();
        foreach (var cell in row.ChildNodes)
        {
            if (cell.NodeType != HtmlNodeType.Element || cell.Name is not ("td" or "th"))
                continue;
            var cellParagraphs = new List<string>();
            Walk(cell, cellParagraphs, tableDepth);
            var text = string.Join(' ', cellParagraphs);
            if (text.Length > 0)
                cells.Add(text);
        }
        return string.Join(" | ", cells);
    }

    private static void Flush(StringBuilder line, List<string> paragraphs)
    {
        if (line.Length == 0)
            return;
        // HTML whitespace rules: runs of spaces, newlines and &nbsp; render as one space.
        var text = Whitespace().Replace(line.ToString(), " ").Trim();
        line.Clear();
        if (text.Length > 0)
            paragraphs.Add(text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
