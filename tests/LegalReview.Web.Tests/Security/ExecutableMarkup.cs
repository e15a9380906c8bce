using HtmlAgilityPack;

namespace LegalReview.Web.Tests.Security;

/// <summary>Finds anything in a rendered page that a browser could execute and the app did not put there itself.</summary>
internal static class ExecutableMarkup
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "background", "poster"];
    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "base", "frame", "frameset", "applet"];
    private static readonly string[] ForbiddenSchemes = ["javascript:", "vbscript:", "data:"];

    /// <returns>One line per finding; empty when the page is clean.</returns>
    public static IReadOnlyList<string> Find(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var findings = new List<string>();
        foreach (var node in document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element))
        {
            var name = node.Name.ToLowerInvariant();
            if (name == "script" && (!node.GetAttributeValue("src", "").StartsWith('/') || node.InnerText.Trim().Length > 0))
                findings.Add("script not from the app: " + Outer(node));
            if (ForbiddenElements.Contains(name))
                findings.Add("element <" + name + ">: " + Outer(node));
            if (name == "meta" && node.Attributes.Contains("http-equiv"))
                findings.Add("meta http-equiv: " + Outer(node));
            foreach (var attribute in node.Attributes)
            {
                var attr = attribute.Name.ToLowerInvariant();
                if (attr.StartsWith("on", StringComparison.Ordinal))
                    findings.Add($"event handler {attr}: " + Outer(node));
                if (attr == "style")
                    findings.Add("inline style: " + Outer(node));
                if (UrlAttributes.Contains(attr))
                {
                    var value = new string((HtmlEntity.DeEntitize(attribute.Value) ?? "").Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    if (ForbiddenSchemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
                        findings.Add($"{attr}={attribute.Value}: " + Outer(node));
                }
            }
        }

        return findings;
    }

    private static string Outer(HtmlNode node) => node.OuterHtml.Length > 160 ? node.OuterHtml[..160] : node.OuterHtml;
}
