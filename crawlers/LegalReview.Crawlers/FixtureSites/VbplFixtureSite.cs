using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Web;

namespace LegalReview.Crawlers.FixtureSites;

/// <summary>
/// A generated vbpl.vn-like site (CONSTRUCTED layout) of N documents with injected faults, served by any HTTP adapter
/// (Kestrel in tests, <see cref="FixtureHttpServer"/> in the benchmark). Documents alternate between units TW and
/// langson; every <c>apiEvery</c>-th one uses the newer /van-ban/chi-tiet/…--uuid + JSON API variant.
/// </summary>
public sealed class VbplFixtureSite
{
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, VbplFixtureDocument> _byItemId = new();
    private readonly ConcurrentDictionary<string, VbplFixtureDocument> _byUuid = new();
    private readonly Dictionary<string, FixtureFault> _faults = new();
    private readonly int _pageSize;

    public VbplFixtureSite(int documentCount, IReadOnlyDictionary<int, FixtureFault>? faults = null, int pageSize = 50, int apiEvery = 20)
    {
        _pageSize = pageSize;
        var documents = new List<VbplFixtureDocument>();
        for (var n = 1; n <= documentCount; n++)
        {
            var fault = faults?.GetValueOrDefault(n) ?? FixtureFault.None;
            var unit = fault == FixtureFault.RobotsDisallowed ? "private" : n % 2 == 0 ? "TW" : "langson";
            var doc = VbplFixtureDocument.Generate(n, unit);
            if (apiEvery > 0 && n % apiEvery == 0 && fault == FixtureFault.None) doc = doc with { Uuid = UuidOf(n) };
            documents.Add(doc);
            _byItemId[doc.ItemId] = doc;
            if (doc.Uuid is not null) _byUuid[doc.Uuid] = doc;
            if (fault != FixtureFault.None) _faults[doc.ItemId] = fault;
        }
        Documents = documents;
    }

    /// <summary>How long a <see cref="FixtureFault.TimeoutOnce"/> answer waits.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Size of the <see cref="FixtureFault.Oversized"/> body.</summary>
    public int OversizedBytes { get; init; } = 3 * 1024 * 1024;

    public IReadOnlyList<VbplFixtureDocument> Documents { get; }

    /// <summary>The first listing page (the crawler's seed with dvid 13).</summary>
    public static string FirstListingPath => "/VBQPPL_UserControls/Publishing/TimKiem/pKetQuaTimKiem.aspx?dvid=13&IsVietNamese=True&type=0&s=1&Keyword=&SearchIn=Title,Title1&Page=1&RowPerPage=50";

    /// <summary>The canonical URL the crawler gives a document (toanvan page, or the chi-tiet page for the API variant).</summary>
    public static Uri CanonicalUrl(Uri baseUrl, VbplFixtureDocument doc) => new(baseUrl, DocumentHref(doc));

    public FixtureFault FaultOf(VbplFixtureDocument doc) => _faults.GetValueOrDefault(doc.ItemId);

    /// <summary>Requests seen per path and query.</summary>
    public int Hits(string pathAndQuery) => _hits.GetValueOrDefault(pathAndQuery);

    /// <summary>Changes a document's validity status (for change-detection tests).</summary>
    public void SetStatus(VbplFixtureDocument doc, string status)
    {
        var changed = _byItemId[doc.ItemId] with { Status = status };
        _byItemId[doc.ItemId] = changed;
        if (changed.Uuid is not null) _byUuid[changed.Uuid] = changed;
    }

    /// <summary>Answers one GET request.</summary>
    public FixtureResponse Handle(string pathAndQuery, string? ifNoneMatch = null)
    {
        var attempt = _hits.AddOrUpdate(pathAndQuery, 1, (_, n) => n + 1);
        var queryStart = pathAndQuery.IndexOf('?');
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        var query = HttpUtility.ParseQueryString(queryStart < 0 ? "" : pathAndQuery[(queryStart + 1)..]);

        if (path == "/robots.txt") return Text("User-agent: *\nDisallow: /private/\n\nUser-agent: SomeOtherBot\nDisallow: /\n", "text/plain");
        if (path.EndsWith("/pKetQuaTimKiem.aspx", StringComparison.OrdinalIgnoreCase))
            return Conditional(Html(ListingPage(int.TryParse(query["Page"], out var p) ? p : 1)), ifNoneMatch);
        if (path.StartsWith("/qtdc/public/doc/", StringComparison.Ordinal) && _byUuid.TryGetValue(path[17..], out var apiDoc))
            return Conditional(Text(VbplFixturePages.Api(apiDoc), "application/json"), ifNoneMatch);

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[1] != "Pages" || query["ItemID"] is not { } itemId || !_byItemId.TryGetValue(itemId, out var doc))
            return FixtureResponse.NotFound;
        var tab = parts[2].Replace("vbpq-", "").Replace(".aspx", "");
        var fault = _faults.GetValueOrDefault(itemId);
        if (tab == "toanvan")
        {
            switch (fault)
            {
                case FixtureFault.TimeoutOnce when attempt == 1:
                    return Html(VbplFixturePages.FullText(doc)) with { Delay = SlowDelay };
                case FixtureFault.ServerErrorOnce when attempt == 1:
                    return new FixtureResponse(500, "boom"u8.ToArray(), "text/plain");
                case FixtureFault.TooManyRequestsOnce when attempt == 1:
                    return new FixtureResponse(429, "slow down"u8.ToArray(), "text/plain", new Dictionary<string, string> { ["Retry-After"] = "1" });
                case FixtureFault.TruncatedOnce when attempt == 1:
                    var full = Html(VbplFixturePages.FullText(doc));
                    return full with { TruncateAt = full.Body.Length / 2 };
                case FixtureFault.RedirectLoop:
                    var other = query["hop"] is null ? $"/{doc.Unit}/Pages/vbpq-toanvan.aspx?ItemID={itemId}&hop=1" : $"/{doc.Unit}/Pages/vbpq-toanvan.aspx?ItemID={itemId}";
                    return new FixtureResponse(302, [], null, new Dictionary<string, string> { ["Location"] = other });
                case FixtureFault.WrongCharset:
                    return Html(VbplFixturePages.FullText(doc)) with { ContentType = "text/html; charset=iso-8859-1" };
                case FixtureFault.Oversized:
                    var padding = new StringBuilder(VbplFixturePages.FullText(doc));
                    while (padding.Length < OversizedBytes) padding.Append("<!-- padding padding padding padding padding padding -->\n");
                    return Html(padding.ToString()) with { OmitContentLength = true };
            }
            return Conditional(Html(VbplFixturePages.FullText(doc)), ifNoneMatch);
        }
        return tab switch
        {
            "thuoctinh" => Conditional(Html(fault == FixtureFault.ChangedLayout ? VbplFixturePages.ChangedProperties(doc) : VbplFixturePages.Properties(doc)), ifNoneMatch),
            "lichsu" => Conditional(Html(VbplFixturePages.History(doc)), ifNoneMatch),
            "luocdo" => Conditional(Html(VbplFixturePages.Relations(doc)), ifNoneMatch),
            _ => FixtureResponse.NotFound,
        };
    }

    private string ListingPage(int page)
    {
        var items = Documents.Skip((page - 1) * _pageSize).Take(_pageSize).Select(d => (DocumentHref(d), _byItemId[d.ItemId]));
        var next = page * _pageSize < Documents.Count ? FirstListingPath.Replace("Page=1&", $"Page={page + 1}&") : null;
        return VbplFixturePages.Listing(items, next);
    }

    private static string DocumentHref(VbplFixtureDocument d) => d.Uuid is not null
        ? $"/van-ban/chi-tiet/van-ban-{d.ItemId}--{d.Uuid}"
        : $"/{d.Unit}/Pages/vbpq-toanvan.aspx?ItemID={d.ItemId}";

    private static string UuidOf(int n) => new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"vbpl-{n}"))).ToString();

    private static FixtureResponse Html(string html) => Text(html, "text/html");

    private static FixtureResponse Text(string text, string mediaType) => new(200, Encoding.UTF8.GetBytes(text), mediaType + "; charset=utf-8");

    private static FixtureResponse Conditional(FixtureResponse response, string? ifNoneMatch)
    {
        var etag = "\"" + Hashing.Sha256Hex(response.Body)[..16] + "\"";
        if (ifNoneMatch == etag) return new FixtureResponse(304, [], null, new Dictionary<string, string> { ["ETag"] = etag });
        return response with { Headers = new Dictionary<string, string> { ["ETag"] = etag } };
    }
}
