using System.Net;
using System.Text;
using System.Text.Json;

namespace LegalReview.Crawlers.FixtureSites;

/// <summary>
/// Writes CONSTRUCTED vbpl.vn pages following the structure documented second-hand (DOMAIN.md §9, samples/MANIFEST.md).
/// No real vbpl.vn page was available; these pages are what the parsers expect, not a copy of the site.
/// </summary>
public static class VbplFixturePages
{
    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{E(title)}</title></head>\n<body><div id=\"ctl00_PlaceHolderMain\">\n{body}\n</div></body></html>\n";

    public static string Listing(IEnumerable<(string Href, VbplFixtureDocument Doc)> items, string? nextHref)
    {
        var sb = new StringBuilder("<div class=\"box-result\"><ul class=\"listLaw\">\n");
        foreach (var (href, d) in items)
            sb.Append($"<li><div class=\"item\"><p class=\"title\"><a href=\"{E(href)}\">{E(d.TypeName)} {E(d.Number)}</a></p>")
              .Append($"<div class=\"des\"><p>{E(d.Title)}</p></div><div class=\"right\">")
              .Append($"<p class=\"green\"><label>Ban hành:</label> {d.IssuedOn:dd/MM/yyyy}</p>")
              .Append($"<p class=\"green\"><label>Hiệu lực:</label> {d.EffectiveOn:dd/MM/yyyy}</p>")
              .Append($"<p class=\"red\"><label>Trạng thái:</label> {E(d.Status)}</p></div></div></li>\n");
        sb.Append("</ul>\n<div class=\"paging\"><a class=\"current\">1</a>");
        if (nextHref is not null) sb.Append($"<a href=\"{E(nextHref)}\" title=\"Trang sau\">Sau</a>");
        sb.Append("</div></div>");
        return Page("Kết quả tìm kiếm", sb.ToString());
    }

    public static string Properties(VbplFixtureDocument d) => Page(d.Title, $"""
        <div class="vbProperties"><table>
        <tr><td colspan="4" class="title">{E(d.Title)}</td></tr>
        <tr><td class="label">Số ký hiệu</td><td>{E(d.Number)}</td><td class="label">Ngày ban hành</td><td>{d.IssuedOn:dd/MM/yyyy}</td></tr>
        <tr><td class="label">Loại văn bản</td><td>{E(d.TypeName)}</td><td class="label">Ngày có hiệu lực</td><td>{d.EffectiveOn:dd/MM/yyyy}</td></tr>
        <tr><td class="label">Nguồn thu thập</td><td>Công báo điện tử</td><td class="label">Ngày đăng công báo</td><td>...</td></tr>
        <tr><td class="label">Ngành</td><td>Lao động - Thương binh và Xã hội</td><td class="label">Lĩnh vực</td><td>Lao động, tiền lương</td></tr>
        <tr><td class="label">Cơ quan ban hành/ Chức danh / Người ký</td><td>{E(d.Issuer)}</td><td>{E(d.Role)}</td><td>{E(d.Signer)}</td></tr>
        <tr><td class="label">Phạm vi</td><td colspan="3">{(d.Unit == "TW" ? "Toàn quốc" : "Tỉnh Lạng Sơn")}</td></tr>
        <tr><td class="label">Tình trạng hiệu lực</td><td colspan="3"><div class="red">{E(d.Status)}</div></td></tr>
        </table></div>
        """);

    /// <summary>A properties page in a markup the parser does not know (the "site changed" fault).</summary>
    public static string ChangedProperties(VbplFixtureDocument d) => Page(d.Title,
        $"<section class=\"doc-attributes\"><dl><dt>Số hiệu</dt><dd>{E(d.Number)}</dd><dt>Loại</dt><dd>{E(d.TypeName)}</dd></dl></section>");

    public static string FullText(VbplFixtureDocument d) => Page(d.Title,
        "<div class=\"fulltext\"><div id=\"toanvancontent\" class=\"toanvancontent\">\n"
        + string.Concat(d.Paragraphs.Select(p => $"<p>{E(p)}</p>\n")) + "</div></div>");

    public static string History(VbplFixtureDocument d) => Page(d.Title,
        "<div class=\"vbLichSu\"><table><tr><th>Ngày</th><th>Trạng thái</th><th>Văn bản nguồn</th><th>Phần hết hiệu lực</th></tr>\n"
        + string.Concat(d.History.Select(h => "<tr>" + string.Concat(h.Split(" | ").Select(c => $"<td>{E(c.Trim())}</td>")) + "</tr>\n"))
        + "</table></div>");

    public static string Relations(VbplFixtureDocument d) => Page(d.Title,
        "<div class=\"vbLuocDo\">\n" + string.Concat(d.Relations.GroupBy(r => r.Type).Select(g =>
            $"<div class=\"luocdo-group\"><h3 class=\"luocdo-title\">{E(g.Key)}</h3><ul>"
            + string.Concat(g.Select(r => $"<li><a href=\"/TW/Pages/vbpq-toanvan.aspx?ItemID=139264\">{E(r.TargetTitle ?? "")}</a> <span class=\"number\">{E(r.TargetNumber ?? "")}</span></li>"))
            + "</ul></div>\n")) + "</div>");

    /// <summary>The JSON-API answer (/qtdc/public/doc/{uuid}) of the newer site.</summary>
    public static string Api(VbplFixtureDocument d) => JsonSerializer.Serialize(new
    {
        success = true,
        data = new
        {
            id = d.Uuid,
            docNum = d.Number,
            title = d.Title,
            docType = new { name = d.TypeName },
            issuingAgency = new { name = d.Issuer },
            signer = d.Signer,
            issueDate = d.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            effectiveDate = d.EffectiveOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            effectiveStatus = new { name = d.Status },
            relatedDocuments = d.Relations.Select(r => new { relationType = r.Type, docNum = r.TargetNumber, title = r.TargetTitle }),
            documentContent = new { content = string.Concat(d.Paragraphs.Select(p => $"<p>{E(p)}</p>")) },
            attachments = Array.Empty<object>(),
        },
    }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
}
