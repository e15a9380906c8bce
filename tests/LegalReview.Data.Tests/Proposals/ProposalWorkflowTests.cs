using LegalReview.Core.Proposals;
using LegalReview.Data.Proposals;
using LegalReview.Exports;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Proposals;

/// <summary>Proposals drafted on the real Labour Code: creation from a provision, the workflow, revisions, concurrency.</summary>
public sealed class ProposalWorkflowTests
{
    private const string LabourCode = "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt";

    private static async Task<long> ProvisionIdAsync(TestDatabase database, string suffix)
    {
        await using var db = database.Context();
        var ids = await db.Provisions.Where(p => p.StableId.EndsWith(suffix)).Select(p => p.Id).ToListAsync();
        return ids.Single();
    }

    private static ProposalService Service(TestDatabase database, LegalReviewDbContext db) => new(db, database.Time, new ExportSettings());

    private static async Task<(TestDatabase Database, long ProposalId)> DraftAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(LabourCode);
        var provisionId = await ProvisionIdAsync(database, "dieu-35/khoan-1");
        await using var db = database.Context();
        var proposal = await Service(database, db).CreateFromProvisionsAsync([provisionId], "reviewer", CancellationToken.None);
        return (database, proposal.Id);
    }

    private static async Task FillAsync(TestDatabase database, long id, string proposedReplace = "07 ngày làm việc")
    {
        await using var db = database.Context();
        var service = Service(database, db);
        var p = (await service.FindAsync(id, CancellationToken.None))!;
        var item = p.Items.Single();
        await service.SaveDraftAsync(id, p.RowVersion, new ProposalDraft(p.Subject, "Bộ Nội vụ", p.Occasion, p.LegalBasis, p.Recipients,
            [new ProposalItemDraft(item.Id, ProposalAction.Amend, item.CurrentText.Replace("03 ngày làm việc", proposedReplace, StringComparison.Ordinal),
                "Thời hạn báo trước quá ngắn.", "")]), "reviewer", CancellationToken.None);
    }

    private static async Task<Proposal> StepAsync(TestDatabase database, long id, ProposalCommand command, bool isLead, ProposalStepInput? input = null)
    {
        await using var db = database.Context();
        var service = Service(database, db);
        var p = (await service.FindAsync(id, CancellationToken.None))!;
        return await service.ApplyAsync(id, p.RowVersion, command, input ?? ProposalStepInput.None, isLead ? "lead" : "reviewer", isLead, CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateFromProvisionsAsync_LabourCodeClause_FillsCurrentWordingAndCitation(DatabaseProvider provider)
    {
        var (database, id) = await DraftAsync(provider);
        await using var _ = database;

        await using var db = database.Context();
        var p = (await Service(database, db).FindAsync(id, CancellationToken.None))!;
        p.Status.ShouldBe(ProposalStatus.Draft);
        p.Subject.ShouldBe("kiến nghị sửa đổi, bổ sung Bộ luật Lao động số 45/2019/QH14");
        var item = p.Items.Single();
        item.TargetProvision.ShouldBe("khoản 1 Điều 35 Bộ luật Lao động số 45/2019/QH14");
        item.CurrentText.ShouldStartWith("1. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước");
        item.CurrentText.ShouldContain("\nc) Ít nhất 03 ngày làm việc nếu làm việc theo hợp đồng lao động xác định thời hạn có thời hạn dưới 12 tháng;");
        item.CurrentText.Split('\n').Length.ShouldBe(5);
        p.Revisions.Single().Note.ShouldBe("Tạo dự thảo");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApplyAsync_FullWorkflow_ReachesClosedKeepingARevisionPerStep(DatabaseProvider provider)
    {
        var (database, id) = await DraftAsync(provider);
        await using var _ = database;
        await FillAsync(database, id);

        (await StepAsync(database, id, ProposalCommand.Submit, isLead: false)).Status.ShouldBe(ProposalStatus.InReview);
        (await StepAsync(database, id, ProposalCommand.Approve, isLead: true)).Status.ShouldBe(ProposalStatus.Approved);
        var sent = await StepAsync(database, id, ProposalCommand.MarkSent, isLead: true, new ProposalStepInput { NumberSequence = "12", SentOn = new DateOnly(2026, 1, 5) });
        sent.Status.ShouldBe(ProposalStatus.Sent);
        var answered = await StepAsync(database, id, ProposalCommand.RecordResponse, isLead: false, new ProposalStepInput
        {
            Response = ProposalResponse.PartlyAccepted,
            ResponseDocument = "Công văn số 456/BNV-PC ngày 20/02/2026 của Bộ Nội vụ",
        });
        answered.Status.ShouldBe(ProposalStatus.ResponseRecorded);
        (await StepAsync(database, id, ProposalCommand.Close, isLead: true)).Status.ShouldBe(ProposalStatus.Closed);

        await using var db = database.Context();
        var p = (await Service(database, db).FindAsync(id, CancellationToken.None))!;
        p.Revisions.Select(r => r.Note).ShouldBe(["Tạo dự thảo", "Lưu dự thảo", "Gửi duyệt", "Duyệt", "Ghi nhận đã gửi", "Ghi nhận phản hồi", "Đóng"]);
        p.Response.ShouldBe(ProposalResponse.PartlyAccepted);
        p.ApprovedBy.ShouldBe("lead");
        var letter = Service(database, db).ToLetter(p);
        letter.NumberSequence.ShouldBe("12");
        letter.Date.ShouldBe(new DateOnly(2026, 1, 5));
        letter.Addressees.ShouldBe(["Bộ Nội vụ"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApplyAsync_ForbiddenSteps_AreRefusedWithReason(DatabaseProvider provider)
    {
        var (database, id) = await DraftAsync(provider);
        await using var _ = database;

        (await Should.ThrowAsync<ProposalWorkflowException>(() => StepAsync(database, id, ProposalCommand.Approve, isLead: true)))
            .Message.ShouldContain("Dự thảo");
        (await Should.ThrowAsync<ProposalWorkflowException>(() => StepAsync(database, id, ProposalCommand.Submit, isLead: false)))
            .Message.ShouldContain("Kính gửi"); // no addressee yet
        await FillAsync(database, id);
        await StepAsync(database, id, ProposalCommand.Submit, isLead: false);
        (await Should.ThrowAsync<ProposalWorkflowException>(() => StepAsync(database, id, ProposalCommand.Approve, isLead: false)))
            .Message.ShouldContain("lãnh đạo");
        (await Should.ThrowAsync<ProposalWorkflowException>(() => FillAsync(database, id)))
            .Message.ShouldContain("chỉ sửa được khi là dự thảo");
        (await Should.ThrowAsync<ProposalWorkflowException>(() => StepAsync(database, id, ProposalCommand.Close, isLead: true)))
            .Message.ShouldContain("Chờ duyệt");
        (await Should.ThrowAsync<ProposalWorkflowException>(() => StepAsync(database, id, ProposalCommand.Return, isLead: true)))
            .Message.ShouldContain("lý do");

        await using var db = database.Context();
        (await db.Proposals.SingleAsync()).Status.ShouldBe(ProposalStatus.InReview);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApplyAsync_ReturnedDraft_CanBeEditedAndResubmitted(DatabaseProvider provider)
    {
        var (database, id) = await DraftAsync(provider);
        await using var _ = database;
        await FillAsync(database, id);
        await StepAsync(database, id, ProposalCommand.Submit, isLead: false);

        var returned = await StepAsync(database, id, ProposalCommand.Return, isLead: true, new ProposalStepInput { Note = "Cần nêu rõ số liệu thực tiễn." });
        returned.Status.ShouldBe(ProposalStatus.Draft);
        returned.ReturnNote.ShouldBe("Cần nêu rõ số liệu thực tiễn.");
        await FillAsync(database, id, "05 ngày làm việc");

        (await StepAsync(database, id, ProposalCommand.Submit, isLead: false)).ReturnNote.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CompareAsync_TwoRevisions_ShowsTheProposedWordingChange(DatabaseProvider provider)
    {
        var (database, id) = await DraftAsync(provider);
        await using var _ = database;
        await FillAsync(database, id, "07 ngày làm việc");
        await FillAsync(database, id, "10 ngày làm việc");

        await using var db = database.Context();
        var service = Service(database, db);
        var first = (await service.CompareAsync(id, 1, 2, CancellationToken.None))!;
        first.Fields.Single().Field.ShouldBe("Kính gửi");
        first.Items.Single().Kind.ShouldBe(ProposalItemChangeKind.Changed);
        first.Items.Single().ProposedHtml.ShouldContain("<del>03</del><ins>07</ins>");
        var second = (await service.CompareAsync(id, 2, 3, CancellationToken.None))!;
        second.Fields.ShouldBeEmpty();
        second.Items.Single().ProposedHtml.ShouldContain("<del>07</del><ins>10</ins>");
        (await service.CompareAsync(id, 1, 9, CancellationToken.None)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveDraftAsync_StaleRowVersion_RefusedAndNothingWritten(DatabaseProvider provider)
    {
        var (database, id) = await DraftAsync(provider);
        await using var _ = database;
        int stale;
        await using (var db = database.Context()) stale = (await db.Proposals.SingleAsync()).RowVersion;
        await FillAsync(database, id);

        await using var db2 = database.Context();
        var p = (await Service(database, db2).FindAsync(id, CancellationToken.None))!;
        var ex = await Should.ThrowAsync<ProposalWorkflowException>(() => Service(database, db2).SaveDraftAsync(id, stale,
            new ProposalDraft("khác", "Bộ Tư pháp", p.Occasion, p.LegalBasis, p.Recipients, []), "other", CancellationToken.None));

        ex.Message.ShouldContain("tải lại trang");
        await using var db3 = database.Context();
        (await db3.Proposals.SingleAsync()).Addressees.ShouldBe("Bộ Nội vụ");
        (await db3.ProposalRevisions.CountAsync()).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateFromProvisionsAsync_UnknownProvision_RefusedWithoutWriting(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();

        var ex = await Should.ThrowAsync<ProposalWorkflowException>(() => Service(database, db).CreateFromProvisionsAsync([987654], "reviewer", CancellationToken.None));

        ex.Message.ShouldContain("987654");
        (await db.Proposals.CountAsync()).ShouldBe(0);
    }
}
