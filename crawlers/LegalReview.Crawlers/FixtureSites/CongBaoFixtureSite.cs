using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace LegalReview.Crawlers.FixtureSites;

/// <summary>
/// A generated Domino gazette (markup of the real Sơn La pages) with <c>issues</c> issues of <c>perIssue</c> documents.
/// The last document of the first issue has no attached file; the first file answers 500 once.
/// </summary>
public sealed class CongBaoFixtureSite(int issues, int perIssue, int year = 2026)
{
    private const string View = "d66e4045d5a2a26447257b7b0012fca9";
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    public int Year => year;

    /// <summary>Detail URLs (NoiDung?openForm&amp;ParentUNID=…) of the documents that have a file.</summary>
    public IEnumerable<Uri> FetchableDocuments(Uri baseUrl) =>
        AllDocuments().Where(d => !(d.Issue == 1 && d.Index == perIssue)).Select(d => new Uri(baseUrl, $"/congbao.nsf/NoiDung?openForm&ParentUNID={Unid(d.Issue, d.Index)}"));

    /// <summary>The detail URL of the document listed without a file.</summary>
    public Uri DocumentWithoutFile(Uri baseUrl) => new(baseUrl, $"/congbao.nsf/NoiDung?openForm&ParentUNID={Unid(1, perIssue)}");

    public FixtureResponse Handle(string pathAndQuery)
    {
        var attempt = _hits.AddOrUpdate(pathAndQuery, 1, (_, n) => n + 1);
        var path = WebUtility.UrlDecode(pathAndQuery);
        if (path == "/robots.txt") return Html("User-agent: *\nDisallow: /congbao.nsf/admin/\n", "text/plain");
        if (path.StartsWith("/congbao.nsf/GazettesByYearMonth?OpenView", StringComparison.Ordinal) && path.EndsWith($"RestrictToCategory={year}", StringComparison.Ordinal))
            return Html(IssuesPage());
        if (path.StartsWith($"/congbao.nsf/{View}/", StringComparison.Ordinal) && path.EndsWith("?OpenDocument", StringComparison.Ordinal)
            && int.TryParse(path.AsSpan(path.LastIndexOf('/') + 5, 4), out var issue))
            return Html(IssuePage(issue));
        if (path.Contains("/$file/", StringComparison.Ordinal))
        {
            if (path.Contains(Unid(1, 1), StringComparison.Ordinal) && attempt == 1) return new FixtureResponse(500, "busy"u8.ToArray(), "text/plain");
            return new FixtureResponse(200, Encoding.UTF8.GetBytes($"fake word file {path}"), "application/msword");
        }
        return FixtureResponse.NotFound;
    }

    private IEnumerable<(int Issue, int Index)> AllDocuments() =>
        Enumerable.Range(1, issues).SelectMany(i => Enumerable.Range(1, perIssue).Select(k => (i, k)));

    private static string Unid(int issue, int index) => $"{issue:X4}{index:X4}0000000047258E33002A7EF2";

    private string IssuesPage()
    {
        var sb = new StringBuilder("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><head><meta name=\"robots\" content=\"noindex\"></head><body text=\"#000000\"><form action=\"\"><table border=\"0\" cellpadding=\"2\" cellspacing=\"0\">\n");
        for (var i = issues; i >= 1; i--)
            sb.Append($"<tr valign=\"top\"><td nowrap></td><td nowrap><a href=\"/congbao.nsf/{View}/0000{i:D4}000000000000000000000000?OpenDocument\"><span style='font-size: 16px; color: #cc0000' doccate='{year}%2FNo.%7B{i:D2}%7D' value='Số {i:D2} Ngày {i}/7/{year}'>‣</span> Số {i:D2} Ngày {i}/7</a></td></tr>\n");
        return sb.Append("</table></form></body></html>").ToString();
    }

    private string IssuePage(int issue)
    {
        var sb = new StringBuilder("<html><body><table>\n<tr style='display: none'><th>Ngày ban hành</th><th>Văn bản</th><th></th><th></th></tr>")
            .Append("<tr><th colspan='100%' class='level1-heading'>Phần văn bản quy phạm pháp luật</th></tr><tr><th colspan='100%' class='level2-heading' cheat='2'>UBND Tỉnh</th></tr>\n");
        for (var k = 1; k <= perIssue; k++)
        {
            var unid = Unid(issue, k);
            var files = issue == 1 && k == perIssue ? "" :
                $"<span class=\"download\">&emsp;&nbsp;<div class='download-links'><a target=\"_blank\" href=\"{unid}/$file/QD so {issue}.{k}.doc\">QD so {issue}.{k}.doc</a></div></span>";
            sb.Append($"<tr><td style='width: 80px; vertical-align: top'>{k}/7/{year}</td><td><a href='NoiDung?openForm&ParentUNID={unid}'><span class='doc-cate'>Quyết định của UBND tỉnh</span> <span class='doc-notation'>số {issue * 100 + k}/{year}/QĐ-UBND</span> quy định về quản lý lao động, việc làm trên địa bàn tỉnh (văn bản {issue}.{k}).</a></td><td>{files}</td><td style='width: 40px; text-align: right'>{k + 3}</td></tr>\n");
        }
        return sb.Append("</table></body></html>").ToString();
    }

    private static FixtureResponse Html(string text, string mediaType = "text/html") => new(200, Encoding.UTF8.GetBytes(text), mediaType + "; charset=utf-8");
}
