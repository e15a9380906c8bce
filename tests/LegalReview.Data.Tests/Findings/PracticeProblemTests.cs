using LegalReview.Data.Findings;
using LegalReview.Data.Practice;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Findings;

/// <summary>The practice problems register on the Labour Code and the Trade Union Law.</summary>
public sealed class PracticeProblemTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConvertToFindingAsync_ProblemWithTwoProvisions_CreatesLinkedFindingOnce(DatabaseProvider provider)
    {
        await using var database = await FindingWorkflowTests.CreateAsync(provider);
        await using var db = database.Context();
        var s = new ReviewServices(database, db);
        var overtime = await s.ProvisionAsync("45/2019/QH14", "dieu-107/khoan-2");
        var union = await s.ProvisionAsync("12/2012/QH13", "dieu-10");
        var (problem, error) = await s.Problems.CreateAsync(new NewPracticeProblem(
            PracticeSourceKind.TradeUnion, "Công đoàn Khu công nghiệp", new DateOnly(2025, 2, 14),
            "Doanh nghiệp không rõ giới hạn giờ làm thêm trong tháng khi có thỏa ước.",
            [new ProvisionLink(overtime.DocumentId, overtime.StableId), new ProvisionLink(union.DocumentId, union.StableId)]),
            "reviewer1", CancellationToken.None);
        error.ShouldBeNull();
        problem!.Status.ShouldBe(PracticeProblemStatus.New);

        var result = await s.Problems.ConvertToFindingAsync(problem.Id, problem.RowVersion, "Giới hạn giờ làm thêm chưa rõ",
            FindingType.Infeasible, FindingSeverity.High, "Điều 107 BLLĐ 2019", [], "reviewer1", CancellationToken.None);
        result.Error.ShouldBeNull();
        var again = await s.Problems.ConvertToFindingAsync(problem.Id, problem.RowVersion, "Lần hai",
            FindingType.Infeasible, FindingSeverity.High, "", [], "reviewer1", CancellationToken.None);
        again.Error.ShouldNotBeNull().ShouldContain("đã được chuyển");

        await using var read = database.Context();
        var stored = await read.PracticeProblems.SingleAsync();
        stored.Status.ShouldBe(PracticeProblemStatus.ConvertedToFinding);
        var finding = await read.Findings.Include(f => f.Provisions).SingleAsync();
        stored.FindingId.ShouldBe(finding.Id);
        finding.PracticeProblemId.ShouldBe(stored.Id);
        finding.Reasoning.ShouldContain("Công đoàn Khu công nghiệp");
        finding.Provisions.Select(p => p.StableId).ShouldBe([overtime.StableId, union.StableId]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConvertToFindingAsync_OnlyOneProvision_RefusedAndProblemUnchanged(DatabaseProvider provider)
    {
        await using var database = await FindingWorkflowTests.CreateAsync(provider);
        await using var db = database.Context();
        var s = new ReviewServices(database, db);
        var overtime = await s.ProvisionAsync("45/2019/QH14", "dieu-107/khoan-2");
        var (problem, _) = await s.Problems.CreateAsync(new NewPracticeProblem(
            PracticeSourceKind.Enterprise, "Công ty TNHH May Lạng Sơn", new DateOnly(2025, 1, 5), "Vướng mắc về làm thêm giờ.",
            [new ProvisionLink(overtime.DocumentId, overtime.StableId)]), "reviewer1", CancellationToken.None);

        var result = await s.Problems.ConvertToFindingAsync(problem!.Id, problem.RowVersion, "Làm thêm giờ",
            FindingType.Infeasible, FindingSeverity.Low, "", [], "reviewer1", CancellationToken.None);

        result.Error.ShouldNotBeNull().ShouldContain("ít nhất 2");
        await using var read = database.Context();
        (await read.PracticeProblems.SingleAsync()).Status.ShouldBe(PracticeProblemStatus.New);
        (await read.Findings.CountAsync()).ShouldBe(0);
    }
}
