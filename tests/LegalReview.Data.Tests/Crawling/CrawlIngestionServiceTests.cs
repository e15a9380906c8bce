using LegalReview.Core.Documents;
using LegalReview.Core.Importing;
using LegalReview.Crawlers;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;
using DocumentRelation = LegalReview.Crawlers.DocumentRelation;

namespace LegalReview.Data.Tests.Crawling;

/// <summary>Ingestion of crawled documents built from a real sample law.</summary>
public sealed class CrawlIngestionServiceTests
{
    private const string TradeUnionLaw = "laws/luat-cong-doan-2012_12-2012-QH13.txt";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IngestAsync_SameThenRestatusedThenAmendedLaw_WritesMatchingChangeEvents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Sample(TradeUnionLaw));
        var paragraphs = DocumentTextExtractor.Extract("luat.txt", bytes).Paragraphs;
        var url = new Uri("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27717");
        CrawledDocument Crawled(string page, IReadOnlyList<string> text, string status) => CrawledDocument.Create(
            "vbpl", url, database.Time.GetUtcNow(), System.Text.Encoding.UTF8.GetBytes(page), "text/html",
            new DocumentMetadata(Number: "12/2012/QH13", Issuer: "Quốc hội", ValidityStatusText: status),
            [new DocumentRelation("Văn bản căn cứ", null, "Hiến pháp 1992")], text);

        await using var db = database.Context();
        var ingestion = CrawlTestSupport.Ingestion(database, db);
        var first = await ingestion.IngestAsync(Crawled("page v1", paragraphs, "Còn hiệu lực"), CancellationToken.None);
        var again = await ingestion.IngestAsync(Crawled("page v1", paragraphs, "Còn hiệu lực"), CancellationToken.None);
        var restatused = await ingestion.IngestAsync(Crawled("page v2", paragraphs, "Hết hiệu lực một phần"), CancellationToken.None);
        var amended = paragraphs.Select(p => p.StartsWith("Điều 1.", StringComparison.Ordinal) ? p + " (sửa đổi)" : p).ToList();
        var changed = await ingestion.IngestAsync(Crawled("page v3", amended, "Hết hiệu lực một phần"), CancellationToken.None);

        first.Status.ShouldBe(CrawlIngestStatus.NewDocument, first.Reason);
        again.Status.ShouldBe(CrawlIngestStatus.Skipped);
        restatused.Status.ShouldBe(CrawlIngestStatus.Unchanged);
        changed.Status.ShouldBe(CrawlIngestStatus.NewVersion);
        changed.VersionNumber.ShouldBe(2);
        var events = await db.ChangeEvents.OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
        events.ShouldBe([ChangeEventKind.NewDocument, ChangeEventKind.NewRelation, ChangeEventKind.ValidityChanged, ChangeEventKind.NewVersion]);
        var document = await db.Documents.SingleAsync();
        document.Number.ShouldBe("12/2012/QH13");
        document.Validity.ShouldBe(Validity.PartlyExpired);
        (await db.DocumentVersions.CountAsync()).ShouldBe(2);
        (await db.CrawledItems.CountAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task IngestAsync_NotALegalDocument_RejectedOnceWithReason()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var crawled = CrawledDocument.Create("congbao", new Uri("https://congbao.example/x.pdf"), database.Time.GetUtcNow(),
            "not a pdf"u8.ToArray(), "application/pdf", DocumentMetadata.Empty);
        await using var db = database.Context();
        var ingestion = CrawlTestSupport.Ingestion(database, db);

        var result = await ingestion.IngestAsync(crawled, CancellationToken.None);
        var again = await ingestion.IngestAsync(crawled, CancellationToken.None);

        result.Status.ShouldBe(CrawlIngestStatus.Rejected);
        result.Reason.ShouldNotBeNullOrWhiteSpace();
        again.Status.ShouldBe(CrawlIngestStatus.Skipped);
        (await db.Documents.CountAsync()).ShouldBe(0);
        (await db.ChangeEvents.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("Còn hiệu lực", Validity.InForce)]
    [InlineData("Hết hiệu lực toàn bộ", Validity.Expired)]
    [InlineData("Hết hiệu lực một phần", Validity.PartlyExpired)]
    [InlineData("Chưa có hiệu lực", Validity.NotYetInForce)]
    [InlineData("Tạm ngưng hiệu lực", Validity.Suspended)]
    [InlineData("Ngưng hiệu lực một phần", Validity.PartlySuspended)]
    [InlineData("  còn HIỆU lực ", Validity.InForce)]
    [InlineData("Đã biết", null)]
    [InlineData("", null)]
    public void Map_StatusText_GivesValidity(string text, Validity? expected) =>
        ValidityStatusText.Map(text).ShouldBe(expected);
}
