using LegalReview.Data.Findings;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Findings;

/// <summary>Findings linking provisions of two real laws through their workflow, on both providers.</summary>
public sealed class FindingWorkflowTests
{
    private const string LabourCode = "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt";
    private const string TradeUnionLaw = "laws/luat-cong-doan-2012_12-2012-QH13.txt";
    private static readonly ReviewActor Lead = new("lead1", MayDecide: true);
    private static readonly ReviewActor Reviewer = new("reviewer1", MayDecide: false);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TransitionAsync_OpenConfirmResolve_RecordsWhoAndResolution(DatabaseProvider provider)
    {
        await using var database = await CreateAsync(provider);
        await using var db = database.Context();
        var s = new ReviewServices(database, db);
        var finding = await CreateFindingAsync(s);
        var createdVersion = finding.RowVersion;
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.Provisions.Count.ShouldBe(2);
        finding.Provisions.ShouldAllBe(p => p.VersionId != null && p.Excerpt != null);

        var confirmed = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, finding.RowVersion, FindingTransition.Confirm, "Đúng"), Lead, CancellationToken.None);
        confirmed.Error.ShouldBeNull();
        var labourCodeId = await db.Documents.Where(d => d.Number == "45/2019/QH14").Select(d => d.Id).SingleAsync();
        var resolved = await s.Findings.TransitionAsync(
            new FindingTransitionRequest(finding.Id, confirmed.Finding!.RowVersion, FindingTransition.Resolve, DocumentId: labourCodeId), Lead, CancellationToken.None);

        resolved.Error.ShouldBeNull();
        var stored = await s.Findings.GetAsync(finding.Id, CancellationToken.None);
        stored!.Status.ShouldBe(FindingStatus.Resolved);
        stored.DecidedBy.ShouldBe("lead1");
        stored.ResolvedBy.ShouldBe("lead1");
        stored.ResolutionDocumentId.ShouldBe(labourCodeId);
        stored.RowVersion.ShouldBe(createdVersion + 2);

        // Every change is in the audit trail: created, confirmed, resolved.
        var trail = await db.AuditEntries.Where(e => e.EntityType == nameof(Finding) && e.EntityId == finding.Id.ToString())
            .OrderBy(e => e.Id).ToListAsync();
        trail.Select(e => e.Action).ShouldBe([Auditing.AuditAction.Added, Auditing.AuditAction.Modified, Auditing.AuditAction.Modified]);
        trail[^1].AfterJson.ShouldNotBeNull().ShouldContain("Resolved");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TransitionAsync_ForbiddenTransitions_RefusedWithReasonAndUnchanged(DatabaseProvider provider)
    {
        await using var database = await CreateAsync(provider);
        await using var db = database.Context();
        var s = new ReviewServices(database, db);
        var finding = await CreateFindingAsync(s);

        var resolveOpen = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, finding.RowVersion, FindingTransition.Resolve, ProposalId: 7), Lead, CancellationToken.None);
        resolveOpen.Error.ShouldNotBeNull().ShouldContain("đã được xác nhận");
        var reopenOpen = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, finding.RowVersion, FindingTransition.Reopen), Lead, CancellationToken.None);
        reopenOpen.Error.ShouldNotBeNull().ShouldContain("Mới mở");
        var byReviewer = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, finding.RowVersion, FindingTransition.Confirm), Reviewer, CancellationToken.None);
        byReviewer.Error.ShouldNotBeNull().ShouldContain("lãnh đạo");
        var dismissWithoutReason = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, finding.RowVersion, FindingTransition.Dismiss), Lead, CancellationToken.None);
        dismissWithoutReason.Error.ShouldNotBeNull().ShouldContain("lý do");

        var confirmed = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, finding.RowVersion, FindingTransition.Confirm), Lead, CancellationToken.None);
        var resolveWithoutWhat = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, confirmed.Finding!.RowVersion, FindingTransition.Resolve), Lead, CancellationToken.None);
        resolveWithoutWhat.Error.ShouldNotBeNull().ShouldContain("đề xuất hoặc văn bản");
        var resolved = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, confirmed.Finding.RowVersion, FindingTransition.Resolve, ProposalId: 42), Lead, CancellationToken.None);
        resolved.Error.ShouldBeNull();
        var afterResolved = await s.Findings.TransitionAsync(new FindingTransitionRequest(finding.Id, resolved.Finding!.RowVersion, FindingTransition.Dismiss, "x"), Lead, CancellationToken.None);
        afterResolved.Error.ShouldNotBeNull().ShouldContain("xử lý xong");

        await using var read = database.Context();
        var stored = await read.Findings.SingleAsync();
        stored.Status.ShouldBe(FindingStatus.Resolved);
        stored.ResolutionProposalId.ShouldBe(42);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TransitionAsync_StaleRowVersionFromOtherSession_IsConflictNotOverwrite(DatabaseProvider provider)
    {
        await using var database = await CreateAsync(provider);
        Finding finding;
        await using (var db = database.Context())
        {
            finding = await CreateFindingAsync(new ReviewServices(database, db));
        }

        await using (var first = database.Context())
        {
            (await new ReviewServices(database, first).Findings.TransitionAsync(
                new FindingTransitionRequest(finding.Id, finding.RowVersion, FindingTransition.Dismiss, "Không mâu thuẫn"), Lead, CancellationToken.None)).Error.ShouldBeNull();
        }

        await using var second = database.Context();
        var late = await new ReviewServices(database, second).Findings.TransitionAsync(
            new FindingTransitionRequest(finding.Id, finding.RowVersion, FindingTransition.Confirm), new ReviewActor("lead2", true), CancellationToken.None);

        late.Error.ShouldBe(FindingService.ConcurrencyMessage);
        (await second.Findings.AsNoTracking().SingleAsync()).Status.ShouldBe(FindingStatus.Dismissed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_FewerThanTwoOrUnknownProvisions_Refused(DatabaseProvider provider)
    {
        await using var database = await CreateAsync(provider);
        await using var db = database.Context();
        var s = new ReviewServices(database, db);
        var p = await s.ProvisionAsync("45/2019/QH14", "dieu-35/khoan-1");

        var one = await s.Findings.CreateAsync(Draft([new ProvisionLink(p.DocumentId, p.StableId), new ProvisionLink(p.DocumentId, p.StableId)]), "reviewer1", CancellationToken.None);
        one.Error.ShouldNotBeNull().ShouldContain("ít nhất 2");
        var unknown = await s.Findings.CreateAsync(Draft([new ProvisionLink(p.DocumentId, p.StableId), new ProvisionLink(p.DocumentId, "dieu-999")]), "reviewer1", CancellationToken.None);
        unknown.Error.ShouldNotBeNull().ShouldContain("dieu-999");
        (await db.Findings.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public void ToStableId_SpokenReference_BecomesSlug()
    {
        ProvisionResolver.ToStableId("Điều 35 khoản 1 điểm đ").ShouldBe("dieu-35/khoan-1/diem-dd");
        ProvisionResolver.ToStableId("dieu-35/khoan-1").ShouldBe("dieu-35/khoan-1");
        ProvisionResolver.ToStableId("Điều 217a").ShouldBe("dieu-217a");
        ProvisionResolver.ToStableId("điểm a khoản 2 Điều 35").ShouldBe("dieu-35/khoan-2/diem-a");
        ProvisionResolver.ToStableId("khoản 1 Điều 170").ShouldBe("dieu-170/khoan-1");
    }

    internal static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(LabourCode);
        await database.ImportSampleAsync(TradeUnionLaw);
        return database;
    }

    internal static async Task<Finding> CreateFindingAsync(ReviewServices s)
    {
        var (labourCode, error) = await new ProvisionResolver(s.Db).ResolveAsync("45/2019/QH14", "Điều 170 khoản 1", CancellationToken.None);
        error.ShouldBeNull();
        labourCode!.StableId.ShouldEndWith("dieu-170/khoan-1");
        var tradeUnion = await s.ProvisionAsync("12/2012/QH13", "dieu-5");
        var result = await s.Findings.CreateAsync(
            Draft([labourCode, new ProvisionLink(tradeUnion.DocumentId, tradeUnion.StableId)]), "reviewer1", CancellationToken.None);
        result.Error.ShouldBeNull();
        return result.Finding!;
    }

    private static NewFinding Draft(IReadOnlyList<ProvisionLink> links) => new(
        "Quyền thành lập tổ chức đại diện người lao động", FindingType.Overlap, FindingSeverity.Medium,
        "Hai luật cùng quy định quyền thành lập, gia nhập tổ chức đại diện.", "Điều 170 BLLĐ 2019", links);
}
