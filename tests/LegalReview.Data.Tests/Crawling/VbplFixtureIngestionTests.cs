using System.Text;
using LegalReview.Core.Documents;
using LegalReview.Crawlers;
using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.Vbpl;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Crawling;

/// <summary>
/// The constructed 200-document vbpl fixture site crawled over HTTP on 127.0.0.1 through the EF store and the
/// ingestion service into SQLite: killed and resumed, then re-crawled after the site changed.
/// </summary>
public sealed class VbplFixtureIngestionTests
{
    [Fact]
    public async Task CrawlAndIngest_KilledResumedThenSiteChanged_StoresEachDocumentOnceAndRecordsChanges()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var site = new VbplFixtureSite(200);
        var edited = site.Documents[1];
        edited.Uuid.ShouldBeNull();
        var textChanged = false;
        await using var server = new FixtureHttpServer((path, etag) =>
            textChanged && path.Contains("vbpq-toanvan.aspx", StringComparison.Ordinal) && path.EndsWith("ItemID=" + edited.ItemId, StringComparison.Ordinal)
                ? new FixtureResponse(200, Encoding.UTF8.GetBytes(VbplFixturePages.FullText(edited with
                {
                    Paragraphs = [.. edited.Paragraphs.Select(p => p.StartsWith("Điều 2.", StringComparison.Ordinal) ? "Điều 2. Nội dung điều 2 đã được sửa đổi" : p)],
                })), "text/html; charset=utf-8")
                : site.Handle(path, etag));
        var crawler = new VbplCrawler(PoliteFetcher.Create(CrawlTestSupport.FastFetcher()), database.Time);
        var request = new CrawlRequest(server.BaseUrl);

        var yielded = new List<CrawledDocument>();
        foreach (var cancelAfter in new int?[] { 37, null })
        {
            await using var db = database.Context();
            var store = new EfCrawlStateStore(db, VbplCrawler.Id);
            yielded.AddRange(await CrawlTestSupport.CrawlAndIngestAsync(
                crawler, request, store, CrawlTestSupport.Ingestion(database, db), cancelAfter, CancellationToken.None));
        }

        yielded.Select(d => d.Url).Distinct().Count().ShouldBe(yielded.Count);
        yielded.Select(d => d.Url).ShouldBe(site.Documents.Select(d => VbplFixtureSite.CanonicalUrl(server.BaseUrl, d)), ignoreOrder: true);
        await using (var check = database.Context())
        {
            (await check.CrawledItems.Select(i => i.Outcome).Distinct().ToListAsync()).ShouldBe(["New"]);
            (await check.Documents.CountAsync()).ShouldBe(site.Documents.Count);
            (await check.DocumentVersions.CountAsync()).ShouldBe(site.Documents.Count);
            (await check.Documents.CountAsync(d => d.Validity == Validity.InForce)).ShouldBe(site.Documents.Count);
            (await check.ChangeEvents.CountAsync(e => e.Kind == ChangeEventKind.NewDocument)).ShouldBe(site.Documents.Count);
        }

        var statusChanged = site.Documents[2];
        site.SetStatus(statusChanged, "Hết hiệu lực một phần");
        textChanged = true;
        database.Time.Advance(TimeSpan.FromDays(1));
        List<CrawledDocument> recrawl;
        await using (var db = database.Context())
        {
            recrawl = await CrawlTestSupport.CrawlAndIngestAsync(
                crawler, request, new EfCrawlStateStore(db, VbplCrawler.Id), CrawlTestSupport.Ingestion(database, db), null, CancellationToken.None);
        }

        recrawl.Select(d => d.Metadata.Number).ShouldBe([edited.Number, statusChanged.Number], ignoreOrder: true);
        await using var after = database.Context();
        var editedDoc = await after.Documents.Include(d => d.Versions).SingleAsync(d => d.Number == edited.Number);
        editedDoc.Versions.Select(v => v.VersionNumber).ShouldBe([1, 2], ignoreOrder: true);
        editedDoc.Versions.Single(v => v.VersionNumber == 2).Text.ShouldContain("đã được sửa đổi");
        var newVersion = await after.ChangeEvents.SingleAsync(e => e.Kind == ChangeEventKind.NewVersion);
        newVersion.DocumentId.ShouldBe(editedDoc.Id);
        newVersion.VersionId.ShouldBe(editedDoc.Versions.Single(v => v.VersionNumber == 2).Id);
        var statusDoc = await after.Documents.Include(d => d.Versions).SingleAsync(d => d.Number == statusChanged.Number);
        statusDoc.Validity.ShouldBe(Validity.PartlyExpired, string.Join(" | ", recrawl.Select(d => d.Metadata.ValidityStatusText)) + string.Join(" | ", await after.CrawledItems.OrderByDescending(i => i.Id).Take(3).Select(i => i.Outcome).ToListAsync()));
        statusDoc.Versions.Count.ShouldBe(1);
        var validity = await after.ChangeEvents.SingleAsync(e => e.Kind == ChangeEventKind.ValidityChanged);
        validity.DocumentId.ShouldBe(statusDoc.Id);
        validity.Summary.ShouldContain("Hết hiệu lực một phần");
        // The index must follow the validity (facet, as-of filter): the crawl queued the document in the search outbox.
        (await after.SearchOutbox.CountAsync(e => e.DocumentId == statusDoc.Id && e.Reason == LegalReview.Data.Search.SearchOutboxReason.ValidityChanged)).ShouldBe(1);
    }
}
