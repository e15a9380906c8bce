// Source: pages of thuvienphapluat.vn SAVED by users (File > Save as). This is an importer, not a crawler: the site is
// commercial and its terms do not allow crawling, so nothing here fetches from it.
//
// Page structure (ASP.NET WebForms, as served to a logged-out client; real pages in examples/):
//   properties  td > b "Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Người ký:", "Ngày ban hành:", "Ngày hiệu lực:",
//               "Ngày công báo:", "Số công báo:", "Tình trạng:" followed by the value td; logged-out visitors see
//               "Đã biết" (members only) for validity and dates, "Đang cập nhật" when unknown.
//   full text   the first div.content1 (the second one is the English tab); anchors loai_1, loai_1_name, chuong_N, dieu_N
//   canonical   JSON-LD mainEntityOfPage.@id, e.g. https://thuvienphapluat.vn/van-ban/<field>/<slug>-<id>.aspx
// History/notes: pages from Ansvar-Systems/vietnamese-law-mcp (2025), see samples/MANIFEST.md.
using System.Text.Json;
using HtmlAgilityPack;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Parsing;
using S = LegalReview.Crawlers.Sources.ThuVienPhapLuat.ThuVienPhapLuatSelectors;

namespace LegalReview.Crawlers.Sources.ThuVienPhapLuat;

/// <summary>Turns a saved thuvienphapluat.vn document page into a <see cref="CrawledDocument"/>.</summary>
public static class ThuVienPhapLuatImporter
{
    public const string Id = "thuvienphapluat";

    /// <summary>Whether the HTML looks like a thuvienphapluat.vn document page (cheap check for file drops).</summary>
    public static bool Recognizes(HtmlDocument doc) =>
        doc.DocumentNode.SelectSingleNode(S.Content) is not null
        && doc.DocumentNode.SelectNodes(S.LabelCells)?.Any(td => HtmlText.InnerText(td).StartsWith(S.LabelNumber, StringComparison.Ordinal)) == true;

    /// <summary>Parses a saved page.</summary>
    /// <param name="bytes">The file as saved.</param>
    /// <param name="fallbackUrl">URL used when the page has no canonical URL (e.g. the file's <c>file://</c> URI).</param>
    /// <param name="importedAt">When the file was read.</param>
    /// <exception cref="PageLayoutException">No div.content1, no properties, or an empty text.</exception>
    public static CrawledDocument Import(byte[] bytes, Uri fallbackUrl, DateTimeOffset importedAt)
    {
        var encoding = CharsetDetector.Detect(bytes, null, out _);
        var doc = HtmlText.Load(encoding.GetString(bytes));
        var content = doc.DocumentNode.SelectSingleNode(S.Content) ?? throw new PageLayoutException(Id, "document", "no div.content1");
        var fields = Properties(doc);
        if (!fields.ContainsKey(S.LabelNumber) || !fields.ContainsKey(S.LabelType))
            throw new PageLayoutException(Id, "document", $"no '{S.LabelNumber}' / '{S.LabelType}' properties");
        var paragraphs = HtmlText.Paragraphs(content);
        if (paragraphs.Count == 0) throw new PageLayoutException(Id, "document", "div.content1 is empty");

        string? Real(string label) => fields.TryGetValue(label, out var v) && !S.Placeholders.Contains(v, StringComparer.OrdinalIgnoreCase) ? v : null;
        var metadata = new DocumentMetadata(
            Real(S.LabelNumber), Real(S.LabelType), Real(S.LabelIssuer), Real(S.LabelSigner), Title(doc, content),
            VietnameseDates.Parse(Real(S.LabelIssued)), VietnameseDates.Parse(Real(S.LabelEffective)), Real(S.LabelStatus),
            fields);
        return CrawledDocument.Create(Id, CanonicalUrl(doc) ?? fallbackUrl, importedAt, bytes, "text/html", metadata, paragraphs: paragraphs);
    }

    private static Dictionary<string, string> Properties(HtmlDocument doc)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var td in doc.DocumentNode.SelectNodes(S.LabelCells) ?? Enumerable.Empty<HtmlNode>())
        {
            var label = HtmlText.InnerText(td).TrimEnd(':', ' ');
            if (!S.Labels.Contains(label) || fields.ContainsKey(label)) continue;
            var value = td.SelectSingleNode("following-sibling::td[1]");
            if (value is not null) fields[label] = HtmlText.InnerText(value);
        }
        return fields;
    }

    private static string? Title(HtmlDocument doc, HtmlNode content)
    {
        var kind = HtmlText.InnerText(content.SelectSingleNode(S.KindAnchor));
        var name = HtmlText.InnerText(content.SelectSingleNode(S.KindNameAnchor));
        if (name.Length > 0) return kind.Length > 0 ? $"{kind} {name}" : name;
        return Headline(doc) ?? (HtmlText.InnerText(doc.DocumentNode.SelectSingleNode(S.Headline)) is { Length: > 0 } h ? h : null);
    }

    private static Uri? CanonicalUrl(HtmlDocument doc) =>
        JsonLd(doc, root => root.TryGetProperty("mainEntityOfPage", out var page) && page.ValueKind == JsonValueKind.Object
            && page.TryGetProperty("@id", out var id) && Uri.TryCreate(id.GetString(), UriKind.Absolute, out var url) ? url : null);

    private static string? Headline(HtmlDocument doc) =>
        JsonLd(doc, root => root.TryGetProperty("headline", out var h) && h.GetString() is { Length: > 0 } text ? HtmlText.Clean(text) : null);

    private static T? JsonLd<T>(HtmlDocument doc, Func<JsonElement, T?> pick) where T : class
    {
        foreach (var script in doc.DocumentNode.SelectNodes(S.JsonLd) ?? Enumerable.Empty<HtmlNode>())
        {
            try
            {
                using var json = JsonDocument.Parse(script.InnerText);
                if (json.RootElement.ValueKind == JsonValueKind.Object && pick(json.RootElement) is { } found) return found;
            }
            catch (JsonException)
            {
                // Some JSON-LD blocks on these pages are malformed; the next one may hold what we need.
            }
        }
        return null;
    }
}
