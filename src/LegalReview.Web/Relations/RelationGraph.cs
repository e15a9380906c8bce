using System.Globalization;
using System.Text;
using LegalReview.Core.Diffing;

namespace LegalReview.Web.Relations;

/// <summary>
/// Draws a document's relations as inline SVG made on the server (no script, no external library): the document in
/// the centre, one node per related document on a circle, one labelled arrow per relation type. Styling comes from
/// classes in site.css (the CSP forbids inline styles); all text is HTML-encoded.
/// </summary>
public static class RelationGraph
{
    private const int Width = 900;
    private const int Height = 560;
    private const int Radius = 220;

    public static string Svg(DocumentRelations relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        // One node per other document; citations are many and drawn only at document level, once per type.
        var nodes = relations.Edges
            // Crawled edges may name the other document by title only ("Hiến pháp năm 2013").
            .GroupBy(e => e.OtherId?.ToString(CultureInfo.InvariantCulture) ?? (e.OtherNumber.Length > 0 ? "n:" + e.OtherNumber : "t:" + e.OtherTitle))
            .Select(g => (Key: g.Key, First: g.First(), Types: g.Select(e => (e.Incoming, e.Name)).Distinct().ToList()))
            .Take(24).ToList();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"relation-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Sơ đồ quan hệ văn bản\">");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"rg-arrow\"/></marker></defs>");
        double cx = Width / 2.0, cy = Height / 2.0;
        for (var i = 0; i < nodes.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, nodes.Count) - Math.PI / 2;
            double x = cx + Radius * 1.5 * Math.Cos(angle), y = cy + Radius * Math.Sin(angle);
            var (_, first, types) = nodes[i];
            foreach (var (incoming, _) in types.Select(t => (t.Incoming, 0)).Distinct())
            {
                var (x1, y1, x2, y2) = incoming ? (x, y, cx, cy) : (cx, cy, x, y);
                var (sx, sy, ex, ey) = Shorten(x1, y1, x2, y2);
                sb.Append(CultureInfo.InvariantCulture, $"<line class=\"rg-edge{(incoming ? " rg-in" : "")}\" x1=\"{sx:F0}\" y1=\"{sy:F0}\" x2=\"{ex:F0}\" y2=\"{ey:F0}\" marker-end=\"url(#arrow)\"/>");
            }
            var label = string.Join(", ", types.Select(t => t.Name));
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"rg-edge-label\" x=\"{(cx + x) / 2:F0}\" y=\"{(cy + y) / 2 - 6:F0}\" text-anchor=\"middle\">{InlineDiff.Encode(label)}</text>");
            Node(sb, x, y, first.OtherNumber, first.OtherTitle, first.OtherId, "rg-node");
        }
        Node(sb, cx, cy, relations.Document.Number, relations.Document.Title, relations.Document.Id, "rg-node rg-self");
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Node(StringBuilder sb, double x, double y, string number, string title, long? id, string cls)
    {
        var inner = new StringBuilder();
        inner.Append(CultureInfo.InvariantCulture, $"<title>{InlineDiff.Encode(number + " " + title)}</title>");
        inner.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cls}\" x=\"{x - 80:F0}\" y=\"{y - 24:F0}\" width=\"160\" height=\"48\" rx=\"8\"/>");
        inner.Append(CultureInfo.InvariantCulture, $"<text class=\"rg-number\" x=\"{x:F0}\" y=\"{y - 4:F0}\" text-anchor=\"middle\">{InlineDiff.Encode(number)}</text>");
        var shortTitle = title.Length > 24 ? title[..23] + "…" : title;
        inner.Append(CultureInfo.InvariantCulture, $"<text class=\"rg-title\" x=\"{x:F0}\" y=\"{y + 13:F0}\" text-anchor=\"middle\">{InlineDiff.Encode(shortTitle)}</text>");
        if (id is { } docId)
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"/documents/{docId}\">{inner}</a>");
        else
            sb.Append(inner);
    }

    /// <summary>Clips the line at both node boxes (160×48, plus a margin) so the arrow head stays visible.</summary>
    private static (double, double, double, double) Shorten(double x1, double y1, double x2, double y2)
    {
        var len = Math.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1));
        var (ux, uy) = ((x2 - x1) / len, (y2 - y1) / len);
        var by = Math.Min(ux == 0 ? double.MaxValue : 86 / Math.Abs(ux), uy == 0 ? double.MaxValue : 30 / Math.Abs(uy));
        if (len < 2 * by) return (x1, y1, x2, y2);
        return (x1 + ux * by, y1 + uy * by, x2 - ux * by, y2 - uy * by);
    }
}
