using System.Text.RegularExpressions;
using HtmlAgilityPack;
using LegalReview.Crawlers.Parsing;
using S = LegalReview.Crawlers.Sources.CongBao.CongBaoSelectors;

namespace LegalReview.Crawlers.Sources.CongBao;

/// <summary>Parsers of the Domino gazette pages: year picker, issues of a year, documents of an issue, the issue PDF.</summary>
public static partial class CongBaoParser
{
    private const string Source = CongBaoCrawler.Id;

    /// <summary>years, issues, issue or gazette-file; null when the page has none of the known markers.</summary>
    public static string? DetectKind(HtmlDocument doc)
    {
        var root = doc.DocumentNode;
        if (root.SelectSingleNode(S.AnyDocumentMarker) is not null) return "issue";
        if (root.SelectSingleNode(S.IssueLinks) is not null) return "issues";
        if (root.SelectSingleNode(S.GazetteFile) is not null) return "gazette-file";
        if (root.SelectSingleNode(S.YearOptions) is not null) return "years";
        return null;
    }

    /// <summary>One GazettesByYearMonth view link per year offered by the main page's year picker.</summary>
    public static IReadOnlyList<PageLink> ParseYears(Uri pageUrl, HtmlDocument doc) =>
        (doc.DocumentNode.SelectNodes(S.YearOptions) ?? throw new PageLayoutException(Source, "years", "no select#gazette-year"))
            .Select(o => HtmlText.InnerText(o))
            .Where(y => YearRegex().IsMatch(y))
            .Select(y => new PageLink(new Uri(DatabaseRoot(pageUrl), S.ViewPath + y), "listing", y))
            .ToList();

    /// <summary>The issues listed by a year view, newest first as printed.</summary>
    public static IReadOnlyList<PageLink> ParseIssues(Uri pageUrl, HtmlDocument doc)
    {
        var anchors = doc.DocumentNode.SelectNodes(S.IssueLinks) ?? throw new PageLayoutException(Source, "issues", "no issue link");
        return anchors.Select(a => new PageLink(
                new Uri(pageUrl, HtmlEntity.DeEntitize(a.GetAttributeValue("href", ""))), "issue",
                HtmlText.Clean(a.SelectSingleNode(S.IssueLabel)?.GetAttributeValue("value", "")) is { Length: > 0 } label ? label : HtmlText.InnerText(a)))
            .ToList();
    }

    /// <summary>The whole-issue PDF(s) of a gazette page.</summary>
    public static IReadOnlyList<PageLink> ParseGazetteFiles(Uri pageUrl, HtmlDocument doc) =>
        (doc.DocumentNode.SelectNodes(S.GazetteFile) ?? Enumerable.Empty<HtmlNode>())
            .Select(a => OpenTarget().Match(HtmlEntity.DeEntitize(a.GetAttributeValue("onclick", ""))))
            .Where(m => m.Success)
            .Select(m => new PageLink(new Uri(DatabaseRoot(pageUrl), m.Groups[1].Value), "gazette", Path.GetFileName(m.Groups[1].Value)))
            .ToList();

    /// <summary>The document rows of an issue, with their section and issuer headings.</summary>
    public static IReadOnlyList<CongBaoRow> ParseIssue(Uri pageUrl, HtmlDocument doc)
    {
        var root = DatabaseRoot(pageUrl);
        var rows = new List<CongBaoRow>();
        string? section = null, group = null;
        foreach (var tr in doc.DocumentNode.SelectNodes(S.Rows) ?? Enumerable.Empty<HtmlNode>())
        {
            if (tr.SelectSingleNode(S.Level1Heading) is { } h1) { section = HtmlText.InnerText(h1); group = null; continue; }
            if (tr.SelectSingleNode(S.Level2Heading) is { } h2) { group = HtmlText.InnerText(h2); continue; }
            var link = tr.SelectSingleNode(S.RowLink);
            if (link is null) continue;
            var notation = HtmlText.InnerText(link.SelectSingleNode(S.RowNotation));
            var category = HtmlText.InnerText(link.SelectSingleNode(S.RowCategory));
            if (notation.Length == 0 && category.Length == 0)
                throw new PageLayoutException(Source, "issue", "a document row has neither doc-cate nor doc-notation");
            var full = HtmlText.InnerText(link);
            var title = full;
            foreach (var part in new[] { category, notation }.Where(p => p.Length > 0))
                if (title.StartsWith(part, StringComparison.Ordinal)) title = title[part.Length..].Trim();
            var cells = tr.SelectNodes("./td")!;
            var files = (tr.SelectNodes(S.RowFiles) ?? Enumerable.Empty<HtmlNode>())
                .Select(a => new Uri(root, HtmlEntity.DeEntitize(a.GetAttributeValue("href", "")))).Distinct().ToList();
            rows.Add(new CongBaoRow(
                new Uri(root, HtmlEntity.DeEntitize(link.GetAttributeValue("href", ""))),
                files,
                VietnameseDates.Parse(HtmlText.InnerText(cells[0])),
                category.Length > 0 ? category : null,
                notation.Length > 0 ? NotationPrefix().Replace(notation, "") : null,
                title.Length > 0 ? title : null,
                section, group,
                cells.Count > 2 && HtmlText.InnerText(cells[^1]) is { Length: > 0 } p && p.All(char.IsDigit) ? p : null));
        }
        if (rows.Count == 0 && doc.DocumentNode.SelectSingleNode(S.AnyDocumentMarker) is null)
            throw new PageLayoutException(Source, "issue", "no document rows and no section heading");
        return rows;
    }

    /// <summary>Metadata of a row: "Quyết định của UBND tỉnh" gives type "Quyết định" and issuer "UBND tỉnh".</summary>
    public static DocumentMetadata ToMetadata(CongBaoRow row, string? issueLabel = null)
    {
        string? type = row.Category, issuer = null;
        if (row.Category?.IndexOf(" của ", StringComparison.Ordinal) is int at and > 0)
        {
            type = row.Category[..at];
            issuer = row.Category[(at + 5)..];
        }
        var fields = new Dictionary<string, string>();
        if (row.Section is not null) fields["Phần"] = row.Section;
        if (row.IssuerGroup is not null) fields["Nhóm cơ quan"] = row.IssuerGroup;
        if (row.Page is not null) fields["Trang"] = row.Page;
        if (issueLabel is not null) fields["Số công báo"] = issueLabel;
        fields["Trang chi tiết"] = row.DetailUrl.AbsoluteUri;
        return new DocumentMetadata(row.Notation, type, issuer, null, row.Title, row.IssuedOn, Fields: fields);
    }

    /// <summary>Relative links on these pages resolve against the database root (…/congbao.nsf/), as the site's own scripts do.</summary>
    public static Uri DatabaseRoot(Uri pageUrl)
    {
        var path = pageUrl.AbsolutePath;
        var nsf = path.IndexOf(".nsf/", StringComparison.OrdinalIgnoreCase);
        return nsf < 0 ? pageUrl : new Uri(pageUrl, path[..(nsf + 5)]);
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearRegex();

    [GeneratedRegex("""window\.open\(\s*["']([^"']+)["']""")]
    private static partial Regex OpenTarget();

    [GeneratedRegex(@"^số\s+", RegexOptions.IgnoreCase)]
    private static partial Regex NotationPrefix();
}
