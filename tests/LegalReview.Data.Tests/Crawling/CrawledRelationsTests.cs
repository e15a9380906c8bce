using LegalReview.Core.Documents;
using LegalReview.Core.Importing;
using LegalReview.Crawlers;
using LegalReview.Crawlers.FixtureSites;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.Vbpl;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;
using CrawledRelation = LegalReview.Crawlers.DocumentRelation;

namespace LegalReview.Data.Tests.Crawling;

/// <summary>Relations listed by a source site become <see cref="RelationOrigin.Crawled"/> DocumentRelation rows.</summary>
public sealed class CrawledRelationsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IngestAsync_SocialInsuranceLawWithSourceRelations_StoresThemOnceBesideTheParsedOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Sample("laws/luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt"));
        var paragraphs = DocumentTextExtractor.Extract("luat.txt", bytes).Paragraphs;
        IReadOnlyList<CrawledRelation> relations =
        [
            // Also stated in the text ("Luật bảo hiểm xã hội số 71/2006/QH11 hết hiệu lực kể từ …"): found by parsing, not duplicated.
            new("Văn bản bị thay thế", "71/2006/QH11", "Luật Bảo hiểm xã hội 2006"),
            new("Văn bản căn cứ", null, "Hiến pháp năm 2013"),
            // Incoming edge from a document not stored: left to that document's own crawl.
            new("Văn bản hướng dẫn", "115/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc"),
            new("Văn bản liên quan cùng nội dung", "84/2015/QH13", "Luật An toàn, vệ sinh lao động"),
        ];
        CrawledDocument Crawled(string page, string status) => CrawledDocument.Create(
            "vbpl", new Uri("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=46744"), database.Time.GetUtcNow(),
            System.Text.Encoding.UTF8.GetBytes(page), "text/html", new DocumentMetadata(Number: "58/2014/QH13", Issuer: "Quốc hội", ValidityStatusText: status),
            relations, paragraphs);

        await using (var db = database.Context())
        {
            var ingestion = CrawlTestSupport.Ingestion(database, db);
            (await ingestion.IngestAsync(Crawled("page v1", "Còn hiệu lực"), CancellationToken.None)).Status.ShouldBe(CrawlIngestStatus.NewDocument);
            // Same text, new status: the Unchanged path runs the relation step again and must not add twice.
            (await ingestion.IngestAsync(Crawled("page v2", "Hết hiệu lực một phần"), CancellationToken.None)).Status.ShouldBe(CrawlIngestStatus.Unchanged);
        }

        await using var check = database.Context();
        var law = await check.Documents.SingleAsync();
        var rows = await check.Relations.Where(r => r.SourceDocumentId == law.Id).ToListAsync();
        var crawled = rows.Where(r => r.Origin == RelationOrigin.Crawled).ToList();
        crawled.Count.ShouldBe(1, string.Join(" / ", rows.Select(r => $"{r.Origin} {r.Type} {r.TargetNumber} {r.TargetTitle}")));
        crawled[0].Type.ShouldBe(RelationType.BasedOn);
        crawled[0].TargetTitle.ShouldBe("Hiến pháp năm 2013");
        crawled[0].TargetNumber.ShouldBe("");
        crawled[0].TargetDocumentId.ShouldBeNull();
        var replaced = rows.Where(r => r.TargetNormalizedNumber == "71/2006/QH11" && r.Type == RelationType.Replaces).ShouldHaveSingleItem();
        replaced.Origin.ShouldBe(RelationOrigin.Parsed);
    }

    [Fact]
    public async Task CrawlAndIngest_VbplFixtureSite_StoresListedRelationsAndResolvesThemWhenTheTargetArrives()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var site = new VbplFixtureSite(12);
        await using var server = new FixtureHttpServer((path, etag) => site.Handle(path, etag));
        var crawler = new VbplCrawler(PoliteFetcher.Create(CrawlTestSupport.FastFetcher()), database.Time);
        await using (var db = database.Context())
        {
            await CrawlTestSupport.CrawlAndIngestAsync(crawler, new CrawlRequest(server.BaseUrl), new EfCrawlStateStore(db, VbplCrawler.Id),
                CrawlTestSupport.Ingestion(database, db), null, CancellationToken.None);
        }

        await using (var check = database.Context())
        {
            var crawled = await check.Relations.Where(r => r.Origin == RelationOrigin.Crawled).ToListAsync();
            // Every fixture document lists "Văn bản căn cứ" 45/2019/QH14; every third also "Văn bản được hướng dẫn".
            crawled.Count(r => r.Type == RelationType.BasedOn).ShouldBe(site.Documents.Count);
            crawled.Count(r => r.Type == RelationType.Guides).ShouldBe(site.Documents.Count(d => d.Relations.Count == 2));
            crawled.ShouldAllBe(r => r.TargetNormalizedNumber == "45/2019/QH14" && r.TargetTitle == "Bộ luật Lao động 2019" && r.TargetDocumentId == null);
            crawled.Select(r => r.SourceDocumentId).Distinct().Count().ShouldBe(site.Documents.Count);
        }

        var labourCode = await database.ImportSampleAsync("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt");

        await using var after = database.Context();
        (await after.Relations.Where(r => r.Origin == RelationOrigin.Crawled).Select(r => r.TargetDocumentId).Distinct().ToListAsync())
            .ShouldBe([labourCode.DocumentId]);
    }
}
