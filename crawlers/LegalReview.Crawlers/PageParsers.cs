using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Parsing;
using LegalReview.Crawlers.Sources.CongBao;
using LegalReview.Crawlers.Sources.LocalFolder;
using LegalReview.Crawlers.Sources.ThuVienPhapLuat;
using LegalReview.Crawlers.Sources.Vbpl;

namespace LegalReview.Crawlers;

/// <summary>
/// Parses one saved page with a source's parser, without any network: the entry point of
/// <c>legalreview parse-page SOURCE FILE --format json</c> and of the examples/ tests.
/// </summary>
public static class PageParsers
{
    /// <summary>Source ids <see cref="ParsePage"/> accepts.</summary>
    public static IReadOnlyList<string> SourceIds { get; } = [VbplCrawler.Id, CongBaoCrawler.Id, ThuVienPhapLuatImporter.Id, LocalFolderCrawler.Id];

    /// <summary>Parses <paramref name="bytes"/> (a page saved as <paramref name="fileName"/>).</summary>
    /// <param name="sourceId">One of <see cref="SourceIds"/>.</param>
    /// <param name="fileName">The file name (its extension tells JSON from HTML; it names local files).</param>
    /// <param name="bytes">The saved page.</param>
    /// <param name="pageUrl">Where the page came from, to resolve relative links; defaults to the source's site.</param>
    /// <param name="parsedAt">Timestamp put on the document; defaults to now.</param>
    /// <exception cref="PageLayoutException">The page is not one the source's parser knows.</exception>
    /// <exception cref="ArgumentException">Unknown source id.</exception>
    public static ParsedPage ParsePage(string sourceId, string fileName, byte[] bytes, Uri? pageUrl = null, DateTimeOffset? parsedAt = null)
    {
        var at = parsedAt ?? DateTimeOffset.UtcNow;
        return sourceId switch
        {
            VbplCrawler.Id => Vbpl(fileName, bytes, pageUrl ?? new Uri(VbplUrls.DefaultBase, "TW/Pages/" + Uri.EscapeDataString(fileName)), at),
            CongBaoCrawler.Id => CongBao(bytes, pageUrl ?? new Uri(CongBaoCrawler.DefaultBase, "congbao.nsf/DanhMucVB")),
            ThuVienPhapLuatImporter.Id => new ParsedPage(sourceId, "document",
                ThuVienPhapLuatImporter.Import(bytes, pageUrl ?? new Uri("file:///" + Uri.EscapeDataString(fileName)), at), []),
            LocalFolderCrawler.Id => new ParsedPage(sourceId, "file",
                LocalFolderCrawler.ToDocument(pageUrl ?? new Uri("file:///" + Uri.EscapeDataString(fileName)), fileName, bytes, at), []),
            _ => throw new ArgumentException($"Unknown source '{sourceId}'; known: {string.Join(", ", SourceIds)}.", nameof(sourceId)),
        };
    }

    private static ParsedPage Vbpl(string fileName, byte[] bytes, Uri url, DateTimeOffset at)
    {
        if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var (metadata, relations, paragraphs, attachments) = VbplApiParser.Parse(url, bytes);
            return new ParsedPage(VbplCrawler.Id, "api",
                CrawledDocument.Create(VbplCrawler.Id, url, at, bytes, "application/json", metadata, relations, paragraphs, attachments), []);
        }
        var doc = HtmlText.Load(Decode(bytes));
        var kind = VbplClassicParser.DetectKind(doc) ?? throw new PageLayoutException(VbplCrawler.Id, "page", "none of the known vbpl.vn markers");
        CrawledDocument Document(DocumentMetadata metadata, IReadOnlyList<DocumentRelation>? relations = null,
            IReadOnlyList<string>? paragraphs = null, IReadOnlyList<Uri>? attachments = null) =>
            CrawledDocument.Create(VbplCrawler.Id, url, at, bytes, "text/html", metadata, relations, paragraphs, attachments);
        ParsedPage FullText()
        {
            var (paragraphs, attachments) = VbplClassicParser.ParseFullText(url, doc);
            return new ParsedPage(VbplCrawler.Id, kind, Document(DocumentMetadata.Empty, paragraphs: paragraphs, attachments: attachments), []);
        }
        return kind switch
        {
            "listing" => new ParsedPage(VbplCrawler.Id, kind, null, VbplClassicParser.ParseListing(url, doc)),
            "properties" => new ParsedPage(VbplCrawler.Id, kind, Document(VbplClassicParser.ParseProperties(doc)), []),
            "fulltext" => FullText(),
            "history" => new ParsedPage(VbplCrawler.Id, kind,
                Document(VbplCrawler.WithHistory(DocumentMetadata.Empty, VbplClassicParser.ParseHistory(doc))), []),
            _ => new ParsedPage(VbplCrawler.Id, kind, Document(DocumentMetadata.Empty, VbplClassicParser.ParseRelations(url, doc)), []),
        };
    }

    private static ParsedPage CongBao(byte[] bytes, Uri url)
    {
        var doc = HtmlText.Load(Decode(bytes));
        var kind = CongBaoParser.DetectKind(doc) ?? throw new PageLayoutException(CongBaoCrawler.Id, "page", "none of the known gazette page markers");
        IReadOnlyList<PageLink> links = kind switch
        {
            "years" => CongBaoParser.ParseYears(url, doc),
            "issues" => CongBaoParser.ParseIssues(url, doc),
            "issue" => CongBaoParser.ParseIssue(url, doc)
                .SelectMany(row => new[] { new PageLink(row.DetailUrl, "document", row.Title, CongBaoParser.ToMetadata(row)) }
                    .Concat(row.Files.Select(f => new PageLink(f, "attachment", Path.GetFileName(Uri.UnescapeDataString(f.AbsolutePath))))))
                .Concat(CongBaoParser.ParseGazetteFiles(url, doc))
                .ToList(),
            _ => CongBaoParser.ParseGazetteFiles(url, doc),
        };
        return new ParsedPage(CongBaoCrawler.Id, kind, null, links);
    }

    private static string Decode(byte[] bytes) => CharsetDetector.Detect(bytes, null, out _).GetString(bytes);
}
