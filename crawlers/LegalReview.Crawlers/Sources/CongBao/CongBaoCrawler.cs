// Source: provincial Official Gazettes (Công báo tỉnh) on Lotus Domino, e.g. https://congbao.sonla.gov.vn/congbao.nsf/
//
// URL patterns (verified on real Sơn La pages, see examples/):
//   main page     /congbao.nsf/DanhMucVB                       select#gazette-year (years with issues)
//   issues/year   /congbao.nsf/GazettesByYearMonth?OpenView&Count=-1&RestrictToCategory=<year>
//                 one link per issue: /congbao.nsf/<view-unid>/<doc-unid>?OpenDocument, label in span[@doccate]/@value
//   issue         rows under th.level1-heading (Phần văn bản quy phạm pháp luật / Phần văn bản khác) and
//                 th.level2-heading (issuer group); each row: date, a[href^=NoiDung?openForm&ParentUNID=…] with
//                 span.doc-cate + span.doc-notation + title, div.download-links a[href=<UNID>/$file/<name>.doc|.docx|.pdf], page
//   issue PDF     <gazettefile> … window.open("str/<UNID>/$file/<name>_signed.pdf")
// Relative links resolve against the database root /congbao.nsf/.
//
// History/notes: pages come from the public scraper repo vinhdinhduc/get_data_congbao (2026). The rows of an issue are
// loaded by the site's script; the fragment format is real, the whole issue page in examples/ is CONSTRUCTED around it.
// Each document is yielded with its first attached file as raw bytes (text extraction is the importer's job).
using System.Text.Json;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Parsing;
using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers.Sources.CongBao;

/// <summary>Crawler of a Domino provincial gazette. Options: <c>year</c> (default: this year) or <c>year=all</c> (start from DanhMucVB).</summary>
public sealed class CongBaoCrawler(PoliteFetcher fetcher, TimeProvider time) : FrontierCrawler(time)
{
    public const string Id = "congbao";
    public static readonly Uri DefaultBase = new("https://congbao.sonla.gov.vn/");

    public override string SourceId => Id;

    protected override IReadOnlyList<FrontierEntry> Seeds(CrawlRequest request)
    {
        var root = new Uri(request.BaseUrl ?? DefaultBase, "congbao.nsf/");
        var year = request.Option("year") ?? Time.GetUtcNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var seed = year == "all" ? new Uri(root, "DanhMucVB") : new Uri(root, CongBaoSelectors.ViewPath + Uri.EscapeDataString(year));
        return [new FrontierEntry(seed, 0, "page")];
    }

    protected override Task<CrawlStep> ProcessAsync(FrontierEntry entry, CrawlRequest request, ICrawlStateStore state, CancellationToken cancellationToken) =>
        entry.Kind == "document" ? DocumentAsync(entry, state, cancellationToken) : PageAsync(entry, request, cancellationToken);

    private async Task<CrawlStep> PageAsync(FrontierEntry entry, CrawlRequest request, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(entry.Url, null, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk) return FetchSupport.Failed(result);
        var doc = HtmlText.Load(result.GetText());
        var depth = entry.Depth + 1;
        var links = new List<FrontierEntry>();
        switch (CongBaoParser.DetectKind(doc))
        {
            case "years":
                if (depth <= request.MaxDepth)
                    links.AddRange(CongBaoParser.ParseYears(result.FinalUrl, doc).Select(l => new FrontierEntry(l.Url, depth, "page")));
                break;
            case "issues":
                if (depth <= request.MaxDepth)
                    links.AddRange(CongBaoParser.ParseIssues(result.FinalUrl, doc).Select(l => new FrontierEntry(l.Url, depth, "page", l.Text)));
                break;
            case "issue":
                foreach (var row in CongBaoParser.ParseIssue(result.FinalUrl, doc))
                    links.Add(new FrontierEntry(row.DetailUrl, depth, "document", JsonSerializer.Serialize(new RowData(row, entry.Data))));
                break;
            case "gazette-file":
                break; // an issue with its PDF only: nothing per document to crawl
            default:
                throw new PageLayoutException(Id, "navigation", $"no known marker on {entry.Url}");
        }
        return CrawlStep.Listing(links, 1);
    }

    private async Task<CrawlStep> DocumentAsync(FrontierEntry entry, ICrawlStateStore state, CancellationToken cancellationToken)
    {
        var data = entry.Data is null ? null : JsonSerializer.Deserialize<RowData>(entry.Data);
        if (data is null) return CrawlStep.Failed(entry.Url, "Unknown", "document entry without its listing row", Time.GetUtcNow());
        if (data.Row.Files.Count == 0)
            return CrawlStep.Failed(entry.Url, "NoFile", "the gazette lists no attached file for this document", Time.GetUtcNow());
        var file = data.Row.Files[0];
        var (result, previous) = await FetchSupport.FetchAsync(fetcher, state, file, conditional: true, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == FetchOutcome.Failed) return FetchSupport.Failed(result);
        if (FetchSupport.IsUnchanged(result, previous)) return CrawlStep.Same([FetchSupport.NewState(result, previous)], 1);
        var metadata = CongBaoParser.ToMetadata(data.Row, data.IssueLabel);
        metadata = metadata with { Fields = new Dictionary<string, string>(metadata.Fields!) { ["Tệp"] = file.AbsoluteUri } };
        var document = CrawledDocument.Create(Id, entry.Url, result.FetchedAt, result.Body, MediaTypeOf(result, file), metadata,
            attachmentUrls: data.Row.Files.Skip(1).ToList());
        return CrawlStep.Yield(document, previous is null, [FetchSupport.NewState(result, previous)], 1);
    }

    private static string MediaTypeOf(FetchResult result, Uri file) =>
        result.MediaType is { } type && type != "application/octet-stream" ? type : Path.GetExtension(file.AbsolutePath).ToLowerInvariant() switch
        {
            ".pdf" => "application/pdf",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".doc" => "application/msword",
            _ => "application/octet-stream",
        };

    private sealed record RowData(CongBaoRow Row, string? IssueLabel);
}
