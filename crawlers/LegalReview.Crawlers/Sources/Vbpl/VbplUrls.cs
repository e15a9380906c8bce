using System.Text.RegularExpressions;

namespace LegalReview.Crawlers.Sources.Vbpl;

/// <summary>URL patterns of vbpl.vn (classic pages by ItemID, and the newer /van-ban/chi-tiet/…--uuid + JSON API).</summary>
public static partial class VbplUrls
{
    public static readonly Uri DefaultBase = new("https://vbpl.vn/");

    /// <summary>Known <c>dvid</c> values of the search endpoint; other units need the <c>dvid</c> option.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownDvid = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["TW"] = "13" };

    public static Uri Listing(Uri baseUrl, string dvid, int page) =>
        new(baseUrl, $"VBQPPL_UserControls/Publishing/TimKiem/pKetQuaTimKiem.aspx?dvid={Uri.EscapeDataString(dvid)}&IsVietNamese=True&type=0&s=1&Keyword=&SearchIn=Title,Title1&Page={page}&RowPerPage=50");

    /// <summary>A classic page of a document: tab is toanvan, thuoctinh, lichsu or luocdo.</summary>
    /// <remarks><paramref name="siteUrl"/> is any URL of the site: unit pages live at the root of its host.</remarks>
    public static Uri Page(Uri siteUrl, string unit, string tab, string itemId) =>
        new(siteUrl, $"/{unit}/Pages/vbpq-{tab}.aspx?ItemID={itemId}");

    public static Uri Api(Uri siteUrl, string uuid) => new(siteUrl, $"/qtdc/public/doc/{uuid}");

    /// <summary>(unit, ItemID) of a classic document URL, or null.</summary>
    public static (string Unit, string ItemId)? ParseClassic(Uri url)
    {
        var match = Classic().Match(url.PathAndQuery);
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    /// <summary>The uuid of a /van-ban/chi-tiet/&lt;slug&gt;--&lt;uuid&gt; or /qtdc/public/doc/&lt;uuid&gt; URL, or null.</summary>
    public static string? ParseUuid(Uri url)
    {
        var match = Uuid().Match(url.AbsolutePath);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^/([^/]+)/Pages/vbpq-[a-z]+\.aspx\?(?:.*&)?ItemID=(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Classic();

    [GeneratedRegex(@"(?:/van-ban/chi-tiet/[^/]*--|/qtdc/public/doc/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex Uuid();
}
