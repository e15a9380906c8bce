using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using LegalReview.Core.Documents;
using LegalReview.Core.Proposals;
using LegalReview.Data;
using LegalReview.Data.Proposals;
using LegalReview.Data.Reviewing;
using LegalReview.Exports;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Cli.Tests;

/// <summary>`legalreview export proposal` and `export lists` on a data folder holding the imported Labour Code.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "legalreview-cliexport-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        var import = await CliRunner.RunAsync("import", RepoPaths.Samples("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt"), "--data", _folder);
        import.ExitCode.ShouldBe(0, import.Error);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private LegalReviewDbContext Db() => LegalReviewDatabase.Create(DatabaseProvider.Sqlite, DataFolder.SqliteConnectionString(_folder));

    [Fact]
    public async Task ExportProposal_DraftOnLabourCode_WritesValidLetterWithTrackedChanges()
    {
        long id;
        await using (var db = Db())
        {
            var provision = await db.Provisions.SingleAsync(p => p.StableId.EndsWith("dieu-35/khoan-1"));
            var service = new ProposalService(db, TimeProvider.System, new ExportSettings());
            var proposal = await service.CreateFromProvisionsAsync([provision.Id], "reviewer", CancellationToken.None);
            var item = proposal.Items.Single();
            await service.SaveDraftAsync(proposal.Id, proposal.RowVersion, new ProposalDraft(proposal.Subject, "Bộ Nội vụ", proposal.Occasion, proposal.LegalBasis, proposal.Recipients,
                [new ProposalItemDraft(item.Id, ProposalAction.Amend, item.CurrentText.Replace("03 ngày", "07 ngày", StringComparison.Ordinal), "Thời hạn quá ngắn.", "")]),
                "reviewer", CancellationToken.None);
            id = proposal.Id;
        }

        var file = Path.Combine(_folder, "out", "kien-nghi.docx");
        var result = await CliRunner.RunAsync("export", "proposal", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", file, "--data", _folder);

        result.ExitCode.ShouldBe(0, result.Error);
        using var doc = WordprocessingDocument.Open(file, false);
        new OpenXmlValidator().Validate(doc).ShouldBeEmpty();
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("Kính gửi: Bộ Nội vụ.");
        text.ShouldContain("V/v kiến nghị sửa đổi, bổ sung Bộ luật Lao động số 45/2019/QH14");
        doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().Select(r => r.InnerText).ShouldContain("07");
    }

    [Fact]
    public async Task ExportProposal_UnknownId_FailsWithOneLineReason()
    {
        var file = Path.Combine(_folder, "none.docx");

        var result = await CliRunner.RunAsync("export", "proposal", "999", "--out", file, "--data", _folder);

        result.ExitCode.ShouldBe(2);
        result.Error.Trim().ShouldBe("Lỗi: không tìm thấy kiến nghị số 999.");
        File.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public async Task ExportLists_CampaignWithSheet_WritesReportListsWorkbookAndCompilation()
    {
        long campaignId;
        await using (var db = Db())
        {
            var code = await db.Documents.SingleAsync();
            var campaign = new ReviewCampaign { Name = "Rà soát văn bản về người lao động", CutoffDate = new DateOnly(2025, 12, 31), CreatedBy = "lead" };
            db.ReviewCampaigns.Add(campaign);
            await db.SaveChangesAsync();
            db.ReviewItems.Add(new ReviewItem
            {
                CampaignId = campaign.Id, DocumentId = code.Id, Status = ReviewItemStatus.Approved, Reason = "Đợt rà soát",
                Sheet = new ReviewSheet { ValidityConclusion = Validity.InForce, Recommendation = ReviewRecommendation.AmendSupplement, CompetentBody = "Bộ Nội vụ" },
            });
            await db.SaveChangesAsync();
            campaignId = campaign.Id;
        }

        var dir = Path.Combine(_folder, "lists");
        var result = await CliRunner.RunAsync("export", "lists", "--campaign", campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", dir, "--data", _folder);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Danh mục văn bản còn hiệu lực: 1 văn bản");
        result.Output.ShouldContain("Danh mục văn bản hết hiệu lực, tạm ngưng hiệu lực toàn bộ: 0 văn bản");
        Directory.GetFiles(dir).Length.ShouldBe(11);
        var csv = await File.ReadAllTextAsync(Path.Combine(dir, "danh-muc-4-can-xu-ly.csv"), Encoding.UTF8);
        csv.ShouldContain("1,Quốc hội,Bộ luật,45/2019/QH14; 20/11/2019,Bộ luật Lao động,,\"Sửa đổi, bổ sung\",,Bộ Nội vụ");
        using var compilation = WordprocessingDocument.Open(Path.Combine(dir, "tap-he-thong-hoa.docx"), false);
        compilation.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động");
    }
}
