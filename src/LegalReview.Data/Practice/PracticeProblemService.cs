using LegalReview.Data.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Practice;

/// <summary>The practice problems register: record, link provisions, change status, convert to a finding.</summary>
public sealed class PracticeProblemService(
    LegalReviewDbContext db, ProvisionResolver resolver, FindingService findings, TimeProvider time,
    ILogger<PracticeProblemService> logger)
{
    /// <summary>Records a problem; the reason is returned instead when a field or a provision is wrong.</summary>
    public async Task<(PracticeProblem? Problem, string? Error)> CreateAsync(NewPracticeProblem request, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Description))
        {
            return (null, "Chưa mô tả vướng mắc.");
        }

        if (string.IsNullOrWhiteSpace(request.SourceName))
        {
            return (null, "Chưa nhập tên cơ quan, tổ chức hoặc cá nhân phản ánh.");
        }

        var now = time.GetUtcNow();
        var problem = new PracticeProblem
        {
            SourceKind = request.SourceKind,
            SourceName = request.SourceName.Trim(),
            ReportedOn = request.ReportedOn,
            Description = request.Description.Trim(),
            Status = PracticeProblemStatus.New,
            CreatedBy = actor,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var link in request.Provisions.DistinctBy(p => (p.DocumentId, p.StableId)))
        {
            var (checkedLink, _, error) = await resolver.CheckAsync(link, ct);
            if (error is not null)
            {
                return (null, error);
            }

            problem.Provisions.Add(new PracticeProblemProvision
            {
                DocumentId = checkedLink!.DocumentId, StableId = checkedLink.StableId, VersionId = checkedLink.VersionId,
            });
        }

        db.Set<PracticeProblem>().Add(problem);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Practice problem {ProblemId} recorded by {Actor}", problem.Id, actor);
        return (problem, null);
    }

    /// <summary>Sets the status (not to ConvertedToFinding: that only happens through <see cref="ConvertToFindingAsync"/>).</summary>
    public async Task<string?> SetStatusAsync(long id, int rowVersion, PracticeProblemStatus status, CancellationToken ct)
    {
        var problem = await db.Set<PracticeProblem>().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (problem is null)
        {
            return "Không tìm thấy vướng mắc.";
        }

        if (status == PracticeProblemStatus.ConvertedToFinding || problem.Status == PracticeProblemStatus.ConvertedToFinding)
        {
            return "Vướng mắc đã chuyển thành phát hiện chỉ thay đổi qua phát hiện đó.";
        }

        problem.Status = status;
        return await SaveAsync(problem, rowVersion, ct);
    }

    /// <summary>
    /// Creates a finding from the problem (its provisions plus <paramref name="extra"/> ones, ≥ 2 in all) and marks the
    /// problem converted. Both are saved together or not at all.
    /// </summary>
    public async Task<FindingResult> ConvertToFindingAsync(
        long id, int rowVersion, string title, FindingType type, FindingSeverity severity, string legalBasis,
        IReadOnlyList<ProvisionLink> extra, string actor, CancellationToken ct)
    {
        var problem = await db.Set<PracticeProblem>().Include(p => p.Provisions).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (problem is null)
        {
            return FindingResult.Fail("Không tìm thấy vướng mắc.");
        }

        if (problem.Status == PracticeProblemStatus.ConvertedToFinding)
        {
            return FindingResult.Fail($"Vướng mắc này đã được chuyển thành phát hiện số {problem.FindingId}.");
        }

        if (problem.RowVersion != rowVersion)
        {
            return FindingResult.Fail("Vướng mắc vừa được người khác cập nhật; hãy tải lại trang rồi thử lại.");
        }

        var links = problem.Provisions.Select(p => new ProvisionLink(p.DocumentId, p.StableId, p.VersionId)).Concat(extra).ToList();
        var reasoning = $"Vướng mắc do {problem.SourceName} phản ánh ngày {problem.ReportedOn:dd/MM/yyyy}: {problem.Description}";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await findings.CreateAsync(
            new NewFinding(title, type, severity, reasoning, legalBasis, links, PracticeProblemId: problem.Id), actor, ct);
        if (!result.Succeeded)
        {
            return result;
        }

        problem.FindingId = result.Finding!.Id;
        problem.Status = PracticeProblemStatus.ConvertedToFinding;
        var error = await SaveAsync(problem, rowVersion, ct);
        if (error is not null)
        {
            return FindingResult.Fail(error);
        }

        await transaction.CommitAsync(ct);
        return result;
    }

    public Task<PracticeProblem?> GetAsync(long id, CancellationToken ct) =>
        db.Set<PracticeProblem>().AsNoTracking().Include(p => p.Provisions).SingleOrDefaultAsync(p => p.Id == id, ct);

    public async Task<IReadOnlyList<PracticeProblem>> ListAsync(CancellationToken ct) =>
        await db.Set<PracticeProblem>().AsNoTracking().Include(p => p.Provisions)
            .OrderByDescending(p => p.ReportedOn).ThenByDescending(p => p.Id).ToListAsync(ct);

    private async Task<string?> SaveAsync(PracticeProblem problem, int rowVersion, CancellationToken ct)
    {
        if (problem.RowVersion != rowVersion)
        {
            return "Vướng mắc vừa được người khác cập nhật; hãy tải lại trang rồi thử lại.";
        }

        db.Entry(problem).Property(p => p.RowVersion).OriginalValue = rowVersion;
        problem.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Vướng mắc vừa được người khác cập nhật; hãy tải lại trang rồi thử lại.";
        }
    }
}
