using LegalReview.Data.Findings;
using LegalReview.Data.Proposals;
using LegalReview.Exports;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Proposals;

/// <summary>A finding between the Employment Law 2013 and the Labour Code 2019 (sample corpus) turned into a proposal.</summary>
public sealed class FindingProposalTests
{
    internal static async Task<long> SeedFindingAsync(TestDatabase database, FindingStatus status = FindingStatus.Confirmed)
    {
        var employment = await database.ImportSampleAsync("laws/luat-viec-lam-2013_38-2013-QH13.txt");
        var code = await database.ImportSampleAsync("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt");
        await using var db = database.Context();
        async Task<string> IdAsync(long documentId, string suffix) =>
            await db.Provisions.Where(p => p.Version!.DocumentId == documentId && p.StableId.EndsWith(suffix)).Select(p => p.StableId).FirstAsync();
        var finding = new Finding
        {
            Title = "Điều kiện hưởng trợ cấp thất nghiệp chưa thống nhất với quy định về đơn phương chấm dứt hợp đồng lao động trái pháp luật",
            Type = FindingType.Unsuitable,
            Severity = FindingSeverity.Medium,
            Reasoning = "Điểm a khoản 1 Điều 49 Luật Việc làm được ban hành theo Bộ luật Lao động năm 2012, nay Bộ luật Lao động năm 2019 quy định lại tại Điều 39.",
            Status = status,
            CreatedBy = "chuyenvien",
            Provisions =
            [
                new FindingProvision { DocumentId = code.DocumentId!.Value, StableId = await IdAsync(code.DocumentId!.Value, "dieu-39"), Order = 1 },
                new FindingProvision { DocumentId = employment.DocumentId!.Value, StableId = await IdAsync(employment.DocumentId!.Value, "dieu-49/khoan-1"), Order = 2 },
            ],
        };
        db.Findings.Add(finding);
        await db.SaveChangesAsync();
        return finding.Id;
    }

    private static FindingProposalService Service(TestDatabase database, LegalReviewDbContext db) =>
        new(db, new ProposalService(db, database.Time, new ExportSettings()));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_FindingBetweenTwoLaws_TargetsTheEarlierLawAndCitesTheCode(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var findingId = await SeedFindingAsync(database);

        await using var db = database.Context();
        var proposal = await Service(database, db).CreateAsync(findingId, "chuyenvien", CancellationToken.None);

        proposal.FindingId.ShouldBe(findingId);
        proposal.Subject.ShouldBe("kiến nghị sửa đổi, bổ sung Luật việc làm số 38/2013/QH13");
        var item = proposal.Items.Single();
        item.TargetProvision.ShouldBe("khoản 1 Điều 49 Luật việc làm số 38/2013/QH13");
        item.CurrentText.ShouldContain("a) Người lao động đơn phương chấm dứt hợp đồng lao động, hợp đồng làm việc trái pháp luật;");
        item.LinkedFindings.ShouldStartWith("Không còn phù hợp: Điều kiện hưởng trợ cấp thất nghiệp");
        item.Reasoning.ShouldEndWith("Quy định liên quan: Điều 39 Bộ luật Lao động số 45/2019/QH14.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_SecondProposalOrDismissedFinding_Refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var findingId = await SeedFindingAsync(database);
        await using var db = database.Context();
        var first = await Service(database, db).CreateAsync(findingId, "chuyenvien", CancellationToken.None);

        (await Should.ThrowAsync<ProposalWorkflowException>(() => Service(database, db).CreateAsync(findingId, "chuyenvien", CancellationToken.None)))
            .Message.ShouldBe($"Phát hiện này đã có kiến nghị số {first.Id}.");
        var finding = await db.Findings.SingleAsync();
        finding.Status = FindingStatus.Dismissed;
        await db.SaveChangesAsync();
        db.Proposals.Remove(await db.Proposals.SingleAsync());
        await db.SaveChangesAsync();
        (await Should.ThrowAsync<ProposalWorkflowException>(() => Service(database, db).CreateAsync(findingId, "chuyenvien", CancellationToken.None)))
            .Message.ShouldContain("bác bỏ");
        (await db.Proposals.CountAsync()).ShouldBe(0);
    }
}
