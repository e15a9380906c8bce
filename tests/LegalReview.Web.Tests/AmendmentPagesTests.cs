using System.Net;
using LegalReview.Data;
using LegalReview.Data.Crawling;
using LegalReview.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests;

/// <summary>Compare, relations, timeline and as-of pages on the real BHYT set (25/2008/QH12 amended by 46/2014/QH13).</summary>
public sealed class AmendmentPagesTests(AmendmentPagesTests.BhytFactory factory) : IClassFixture<AmendmentPagesTests.BhytFactory>
{
    [Fact]
    public async Task RelationsPage_BhytBase_ListsAmendmentBy46Of2014AndDrawsSvgGraph()
    {
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync($"/documents/{factory.BaseId}/relations");

        html.ShouldContain("Bị sửa đổi bởi");
        html.ShouldContain($"href=\"/documents/{factory.AmendingId}\"");
        html.ShouldContain("46/2014/QH13");
        html.ShouldContain("<svg class=\"relation-graph\"");
        html.ShouldContain("<text class=\"rg-number\"");
    }

    [Fact]
    public async Task RelationsPage_AmendingLaw_ShowsAmendsEdgeToBase()
    {
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync($"/documents/{factory.AmendingId}/relations");

        html.ShouldContain("Sửa đổi (1)");
        html.ShouldContain($"href=\"/documents/{factory.BaseId}\"");
    }

    [Fact]
    public async Task RelationsPage_RelationsListedByACrawledSource_ShownOnceAndTagged()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            var ingestion = new CrawlIngestionService(db, scope.ServiceProvider.GetRequiredService<DocumentImportService>(), TimeProvider.System,
                Microsoft.Extensions.Logging.Abstractions.NullLogger<CrawlIngestionService>.Instance);
            var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Samples, "amendments/dien-luc_28-2004-QH11__24-2012-QH13/base.txt"));
            var crawled = LegalReview.Crawlers.CrawledDocument.Create("vbpl", new Uri("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=18148"),
                DateTimeOffset.UtcNow, bytes, "text/plain", new LegalReview.Crawlers.DocumentMetadata(Number: "28/2004/QH11", Issuer: "Quốc hội"),
                [
                    new LegalReview.Crawlers.DocumentRelation("Văn bản căn cứ", null, "Hiến pháp năm 1992"),
                    // Stated by the stored amending law already: not a second edge.
                    new LegalReview.Crawlers.DocumentRelation("Văn bản sửa đổi bổ sung", "24/2012/QH13", "Luật sửa đổi, bổ sung một số điều của Luật Điện lực"),
                ]);
            (await ingestion.IngestAsync(crawled, CancellationToken.None)).Status.ShouldBe(CrawlIngestStatus.Unchanged);
        }
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync($"/documents/{factory.ElectricityBaseId}/relations");

        html.ShouldContain("Hiến pháp năm 1992");
        html.ShouldContain("từ nguồn thu thập");
        html.ShouldContain("Bị sửa đổi bởi (1)");
    }

    [Fact]
    public async Task DocumentPage_AsOf2015_ShowsArticle7aButNotBefore()
    {
        var client = await AdminClientAsync();

        var after = await client.GetStringAsync($"/documents/{factory.BaseId}?asOf=2015-01-01");
        var before = await client.GetStringAsync($"/documents/{factory.BaseId}?asOf=2014-12-31");

        after.ShouldContain("id=\"dieu-7a\"");
        after.ShouldContain("bản hợp nhất tự động");
        after.ShouldContain("class=\"vbhn-note\"");
        before.ShouldNotContain("id=\"dieu-7a\"");
        before.ShouldContain("chưa có sửa đổi nào có hiệu lực");
    }

    [Fact]
    public async Task DocumentPage_Base_LinksToRelationsTimelineAndComparison()
    {
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync($"/documents/{factory.BaseId}");

        html.ShouldContain($"href=\"/documents/{factory.BaseId}/relations\"");
        html.ShouldContain($"/documents/{factory.BaseId}/timeline?p=");
        html.ShouldContain("So sánh với bản hợp nhất");
    }

    [Fact]
    public async Task ComparePage_BaseAgainstConsolidated_ShowsInsDelAndChangeNavigation()
    {
        var client = await AdminClientAsync();
        var url = $"/compare?a={factory.BaseId}-1&b={factory.BaseId}-{factory.ConsolidatedVersion}";

        var inline = await client.GetStringAsync(url);
        var side = await client.GetStringAsync(url + "&view=side");

        // A replaced run of words is one del/ins pair (46/2014 repeals điểm b khoản 1 Điều 21).
        inline.ShouldContain("<del>Khám bệnh để sàng lọc, chẩn đoán sớm một số bệnh;</del><ins>(được bãi bỏ)</ins>");
        inline.ShouldContain("href=\"#change-1\"");
        inline.ShouldContain("id=\"change-0\"");
        inline.ShouldContain("dieu-7a");
        side.ShouldContain("class=\"diff-old\"");
        side.ShouldContain("class=\"diff-new\"");
        side.ShouldContain("<del>Khám bệnh để sàng lọc, chẩn đoán sớm một số bệnh;</del>");
        side.ShouldContain("<ins>(được bãi bỏ)</ins>");
    }

    [Fact]
    public async Task ComparePage_TwoDifferentLaws_ShowsArticleAlignment()
    {
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync($"/compare?a={factory.BaseId}&b={factory.AmendingId}");

        html.ShouldContain("Đối chiếu điều (hai văn bản khác nhau)");
    }

    [Fact]
    public async Task ComparePage_UnknownVersion_SaysSoWithoutError()
    {
        var client = await AdminClientAsync();

        var response = await client.GetAsync($"/compare?a={factory.BaseId}-99&b={factory.BaseId}-1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy văn bản hoặc phiên bản đã chọn.");
    }

    [Fact]
    public async Task TimelinePage_Article2_ShowsOriginalAndChangeBy46Of2014()
    {
        var client = await AdminClientAsync();
        string articleId;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            articleId = await db.Provisions.Where(p => p.Version!.DocumentId == factory.BaseId && p.StableId.EndsWith("dieu-2"))
                .Select(p => p.StableId).FirstAsync();
        }

        var html = await client.GetStringAsync($"/documents/{factory.BaseId}/timeline?p={Uri.EscapeDataString(articleId)}");

        html.ShouldContain("Văn bản gốc");
        html.ShouldContain("Sửa đổi bởi");
        html.ShouldContain($"href=\"/documents/{factory.AmendingId}\"");
        html.ShouldContain("Từ 01/01/2015");
    }

    [Fact]
    public async Task DocumentPage_ElectricityLaw_ListsUnresolvedInstructionWithReason()
    {
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync($"/documents/{factory.ElectricityBaseId}");

        html.ShouldContain("Chỉ dẫn chưa áp dụng được");
        html.ShouldContain("24/2012/QH13, dieu-2/khoan-1/diem-d");
        html.ShouldContain("ngoặc kép");
    }

    [Fact]
    public async Task DocumentPage_PersonalIncomeTaxLaw_ListsDescribedContentRepealsAppliedAsNotes()
    {
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync($"/documents/{factory.IncomeTaxBaseId}");

        // Luật 71/2014 Điều 6: khoản 2 điểm b (khoản 1 Điều 6) and khoản 4 (khoản 1 of Điều 19, 20 and 21).
        html.ShouldContain("Chỉ dẫn đã áp dụng bằng ghi chú (4)");
        html.ShouldContain("71/2014/QH13, dieu-6/khoan-2/diem-b");
        html.ShouldContain("Các nội dung quy định về tỷ giá khi xác định doanh thu");
        html.ShouldContain("Các quy định liên quan đến việc xác định thuế đối với cá nhân kinh doanh tại khoản này được bãi bỏ");
        html.ShouldNotContain("Chỉ dẫn chưa áp dụng được");
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        return client;
    }

    /// <summary>The app with the BHYT base and its amending law imported (base first), the Điện lực and Thuế TNCN sets.</summary>
    public sealed class BhytFactory : LegalReviewWebFactory, IAsyncLifetime
    {
        private const string Set = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13";
        private const string ElectricitySet = "amendments/dien-luc_28-2004-QH11__24-2012-QH13";
        private const string IncomeTaxSet = "amendments/thue-thu-nhap-ca-nhan_04-2007-QH12__26-2012-QH13";

        public long BaseId { get; private set; }
        public long AmendingId { get; private set; }
        public int ConsolidatedVersion { get; private set; }
        public long ElectricityBaseId { get; private set; }
        public long IncomeTaxBaseId { get; private set; }

        public async Task InitializeAsync()
        {
            BaseId = await ImportAsync(Set, "base.txt");
            AmendingId = await ImportAsync(Set, "amending.txt");
            ElectricityBaseId = await ImportAsync(ElectricitySet, "base.txt");
            await ImportAsync(ElectricitySet, "amending.txt");
            IncomeTaxBaseId = await ImportAsync(IncomeTaxSet, "base.txt");
            await ImportAsync(IncomeTaxSet, "amending.txt");
            await ImportAsync(IncomeTaxSet, "amending2_71-2014-QH13.txt");
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            ConsolidatedVersion = await db.DocumentVersions
                .Where(v => v.DocumentId == BaseId && v.ConsolidatedAsOf == new DateOnly(2015, 1, 1))
                .Select(v => v.VersionNumber).SingleAsync();
        }

        private async Task<long> ImportAsync(string set, string file)
        {
            using var scope = Services.CreateScope();
            var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
            var path = Path.Combine(RepoPaths.Samples, set, file);
            var result = await importer.ImportAsync(file, await File.ReadAllBytesAsync(path), "samples/" + set + "/" + file, CancellationToken.None);
            return result.DocumentId ?? throw new InvalidOperationException(result.RejectedReason);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
