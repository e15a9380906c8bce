// Source: vbpl.vn, the national database of legal documents (Cơ sở dữ liệu quốc gia về văn bản pháp luật, Ministry of Justice).
//
// URL patterns (classic site, ASP.NET/SharePoint):
//   listing    /VBQPPL_UserControls/Publishing/TimKiem/pKetQuaTimKiem.aspx?dvid=<n>&IsVietNamese=True&type=0&s=1&…&Page=<n>&RowPerPage=50
//   properties /<unit>/Pages/vbpq-thuoctinh.aspx?ItemID=<id>   div.vbProperties table (first td.title = name)
//   full text  /<unit>/Pages/vbpq-toanvan.aspx?ItemID=<id>     div#toanvancontent (newer documents: PDF only)
//   history    /<unit>/Pages/vbpq-lichsu.aspx?ItemID=<id>      date, status, source document, affected provisions
//   relations  /<unit>/Pages/vbpq-luocdo.aspx?ItemID=<id>      ~18 relation groups (hướng dẫn, căn cứ, sửa đổi, thay thế …)
//   <unit> = TW for central documents, a province slug (default langson) for local ones.
// Newer site (reported 2026): /van-ban/chi-tiet/<slug>--<uuid>, data from the JSON API /qtdc/public/doc/{uuid}
//   (text in data.documentContent.content).
//
// History/notes: no raw vbpl.vn page was available when this was written (the site answers 503 to many clients);
// the structure comes from second-hand notes (DOMAIN.md §9, samples/MANIFEST.md). The examples/ are CONSTRUCTED
// from those notes, selectors live in VbplSelectors, and any page that does not match throws PageLayoutException:
// a site change is reported as a Layout fault, never indexed as garbage.
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Parsing;
using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers.Sources.Vbpl;

/// <summary>Crawler of vbpl.vn (classic pages and the JSON-API variant). Options: <c>unit</c> (default TW), <c>dvid</c>.</summary>
public sealed class VbplCrawler(PoliteFetcher fetcher, TimeProvider time) : FrontierCrawler(time)
{
    public const string Id = "vbpl";
    public const string DefaultProvincialUnit = "langson";

    private static readonly string[] OptionalTabs = ["lichsu", "luocdo"];

    public override string SourceId => Id;

    protected override IReadOnlyList<FrontierEntry> Seeds(CrawlRequest request)
    {
        var unit = request.Option("unit") ?? "TW";
        var dvid = request.Option("dvid") ?? VbplUrls.KnownDvid.GetValueOrDefault(unit)
            ?? throw new InvalidOperationException($"vbpl: the search id (dvid) of unit '{unit}' is not known; pass the 'dvid' option.");
        return [new FrontierEntry(VbplUrls.Listing(request.BaseUrl ?? VbplUrls.DefaultBase, dvid, 1), 0, "listing")];
    }

    protected override Task<CrawlStep> ProcessAsync(FrontierEntry entry, CrawlRequest request, ICrawlStateStore state, CancellationToken cancellationToken) =>
        entry.Kind switch
        {
            "listing" => ListingAsync(entry, request, cancellationToken),
            "document" => ClassicDocumentAsync(entry, state, cancellationToken),
            "api" => ApiDocumentAsync(entry, state, cancellationToken),
            _ => Task.FromResult(CrawlStep.Failed(entry.Url, "Unknown", $"unknown frontier kind '{entry.Kind}'", Time.GetUtcNow())),
        };

    private async Task<CrawlStep> ListingAsync(FrontierEntry entry, CrawlRequest request, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(entry.Url, null, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk) return FetchSupport.Failed(result);
        var doc = HtmlText.Load(result.GetText());
        var links = new List<FrontierEntry>();
        foreach (var link in VbplClassicParser.ParseListing(result.FinalUrl, doc))
        {
            if (link.Kind == "listing")
            {
                if (entry.Depth + 1 <= request.MaxDepth) links.Add(new FrontierEntry(link.Url, entry.Depth + 1, "listing"));
            }
            else if (VbplUrls.ParseClassic(link.Url) is { } classic)
                links.Add(new FrontierEntry(VbplUrls.Page(link.Url, classic.Unit, "toanvan", classic.ItemId), entry.Depth + 1, "document"));
            else
                links.Add(new FrontierEntry(link.Url, entry.Depth + 1, "api"));
        }
        return CrawlStep.Listing(links, 1);
    }

    private async Task<CrawlStep> ClassicDocumentAsync(FrontierEntry entry, ICrawlStateStore state, CancellationToken cancellationToken)
    {
        var (unit, itemId) = VbplUrls.ParseClassic(entry.Url)
            ?? throw new PageLayoutException(Id, "document", $"not a classic document URL: {entry.Url}");
        var tabs = new[] { "toanvan", "thuoctinh", "lichsu", "luocdo" };
        var pages = new Dictionary<string, (FetchResult Result, UrlState? Previous)>();
        var fetched = 0;
        foreach (var tab in tabs)
        {
            var url = VbplUrls.Page(entry.Url, unit, tab, itemId);
            var page = await FetchSupport.FetchAsync(fetcher, state, url, conditional: true, cancellationToken).ConfigureAwait(false);
            if (page.Result.Outcome != FetchOutcome.Failed) fetched++;
            else if (OptionalTabs.Contains(tab) && page.Result.StatusCode == 404) continue;
            else return FetchSupport.Failed(page.Result, fetched);
            pages[tab] = page;
        }
        if (pages.Values.All(p => FetchSupport.IsUnchanged(p.Result, p.Previous)))
            return CrawlStep.Same(pages.Values.Select(p => FetchSupport.NewState(p.Result, p.Previous)).ToList(), fetched);

        // Something changed: the pages that answered 304 are needed in full to rebuild the document.
        foreach (var tab in pages.Keys.ToList())
        {
            if (pages[tab].Result.Outcome != FetchOutcome.NotModified) continue;
            var again = await fetcher.FetchAsync(pages[tab].Result.RequestedUrl, null, cancellationToken).ConfigureAwait(false);
            if (!again.IsOk) return FetchSupport.Failed(again, fetched);
            fetched++;
            pages[tab] = (again, pages[tab].Previous);
        }

        var fullTextPage = pages["toanvan"].Result;
        var metadata = VbplClassicParser.ParseProperties(HtmlText.Load(pages["thuoctinh"].Result.GetText()));
        var (paragraphs, attachments) = VbplClassicParser.ParseFullText(fullTextPage.FinalUrl, HtmlText.Load(fullTextPage.GetText()));
        if (pages.TryGetValue("lichsu", out var history))
            metadata = WithHistory(metadata, VbplClassicParser.ParseHistory(HtmlText.Load(history.Result.GetText())));
        IReadOnlyList<DocumentRelation> relations = pages.TryGetValue("luocdo", out var diagram)
            ? VbplClassicParser.ParseRelations(diagram.Result.FinalUrl, HtmlText.Load(diagram.Result.GetText()))
            : [];
        var document = CrawledDocument.Create(Id, entry.Url, fullTextPage.FetchedAt, fullTextPage.Body,
            fullTextPage.MediaType ?? "text/html", metadata, relations, paragraphs, attachments);
        var states = pages.Values.Select(p => FetchSupport.NewState(p.Result, p.Previous)).ToList();
        return CrawlStep.Yield(document, pages["toanvan"].Previous is null, states, fetched);
    }

    private async Task<CrawlStep> ApiDocumentAsync(FrontierEntry entry, ICrawlStateStore state, CancellationToken cancellationToken)
    {
        var uuid = VbplUrls.ParseUuid(entry.Url) ?? throw new PageLayoutException(Id, "document", $"no uuid in {entry.Url}");
        var apiUrl = VbplUrls.Api(entry.Url, uuid);
        var (result, previous) = await FetchSupport.FetchAsync(fetcher, state, apiUrl, conditional: true, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == FetchOutcome.Failed) return FetchSupport.Failed(result);
        if (FetchSupport.IsUnchanged(result, previous)) return CrawlStep.Same([FetchSupport.NewState(result, previous)], 1);
        var (metadata, relations, paragraphs, attachments) = VbplApiParser.Parse(apiUrl, result.Body);
        var document = CrawledDocument.Create(Id, entry.Url, result.FetchedAt, result.Body, result.MediaType ?? "application/json",
            metadata, relations, paragraphs, attachments);
        return CrawlStep.Yield(document, previous is null, [FetchSupport.NewState(result, previous)], 1);
    }

    /// <summary>Adds the history rows to the fields; the latest status fills a missing status.</summary>
    internal static DocumentMetadata WithHistory(DocumentMetadata metadata, IReadOnlyList<string> rows)
    {
        if (rows.Count == 0) return metadata;
        var fields = new Dictionary<string, string>(metadata.Fields ?? new Dictionary<string, string>());
        for (var i = 0; i < rows.Count; i++) fields[$"Lịch sử {i + 1}"] = rows[i];
        var lastStatus = rows[^1].Split(" | ") is { Length: > 1 } cells && cells[1].Length > 0 ? cells[1] : null;
        return metadata with { Fields = fields, ValidityStatusText = metadata.ValidityStatusText ?? lastStatus };
    }
}
