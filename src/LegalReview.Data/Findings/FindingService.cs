using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Findings;

/// <summary>
/// Creates findings, links provisions and moves findings through <see cref="FindingWorkflow"/>. Every refusal is a
/// <see cref="FindingResult"/> with a reason and leaves the database unchanged.
/// </summary>
public sealed class FindingService(LegalReviewDbContext db, ProvisionResolver resolver, TimeProvider time, ILogger<FindingService> logger)
{
    public const int MinimumProvisions = 2;
    private const int ExcerptLength = 400;

    /// <summary>Saves a new Open finding after checking the text fields and that it links ≥ 2 distinct, existing provisions.</summary>
    public async Task<FindingResult> CreateAsync(NewFinding request, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return FindingResult.Fail("Chưa nhập tiêu đề phát hiện.");
        }

        if (string.IsNullOrWhiteSpace(request.Reasoning))
        {
            return FindingResult.Fail("Chưa nêu lập luận (vì sao các quy định không thống nhất).");
        }

        var distinct = request.Provisions.DistinctBy(p => (p.DocumentId, p.StableId.Trim().Trim('/'))).ToList();
        if (distinct.Count < MinimumProvisions)
        {
            return FindingResult.Fail($"Một phát hiện phải liên kết ít nhất {MinimumProvisions} quy định khác nhau.");
        }

        var now = time.GetUtcNow();
        var finding = new Finding
        {
            Title = request.Title.Trim(),
            Type = request.Type,
            Severity = request.Severity,
            Reasoning = request.Reasoning.Trim(),
            LegalBasis = request.LegalBasis?.Trim() ?? "",
            Status = FindingStatus.Open,
            CreatedBy = actor,
            CreatedAt = now,
            UpdatedAt = now,
            PracticeProblemId = request.PracticeProblemId,
            SuggestionKey = request.SuggestionKey,
        };
        foreach (var link in distinct)
        {
            var (checkedLink, text, error) = await resolver.CheckAsync(link, ct);
            if (error is not null)
            {
                return FindingResult.Fail(error);
            }

            finding.Provisions.Add(ToEntity(checkedLink!, text, finding.Provisions.Count));
        }

        db.Set<Finding>().Add(finding);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Finding {FindingId} created by {Actor} linking {Count} provisions", finding.Id, actor, finding.Provisions.Count);
        return FindingResult.Ok(finding);
    }

    /// <summary>Links one more provision to an Open or Confirmed finding.</summary>
    public async Task<FindingResult> AddProvisionAsync(long findingId, int rowVersion, ProvisionLink link, string actor, CancellationToken ct)
    {
        var finding = await LoadAsync(findingId, ct);
        if (finding is null)
        {
            return FindingResult.Fail("Không tìm thấy phát hiện.");
        }

        if (finding.Status is FindingStatus.Resolved or FindingStatus.Dismissed)
        {
            return FindingResult.Fail("Không thể thêm quy định vào phát hiện đã bác bỏ hoặc đã xử lý.");
        }

        var (checkedLink, text, error) = await resolver.CheckAsync(link, ct);
        if (error is not null)
        {
            return FindingResult.Fail(error);
        }

        if (finding.Provisions.Any(p => p.DocumentId == checkedLink!.DocumentId && p.StableId == checkedLink.StableId))
        {
            return FindingResult.Fail("Quy định này đã được liên kết với phát hiện.");
        }

        finding.Provisions.Add(ToEntity(checkedLink!, text, finding.Provisions.Count));
        return await SaveAsync(finding, rowVersion, actor, "add-provision", ct);
    }

    /// <summary>Applies a workflow action; refuses forbidden transitions, non-leads, stale versions and a resolve without its resolution.</summary>
    public async Task<FindingResult> TransitionAsync(FindingTransitionRequest request, ReviewActor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var finding = await LoadAsync(request.FindingId, ct);
        if (finding is null)
        {
            return FindingResult.Fail("Không tìm thấy phát hiện.");
        }

        // A stale form is a conflict first: the user decided on a state that is no longer there.
        if (finding.RowVersion != request.RowVersion)
        {
            return FindingResult.Fail(ConcurrencyMessage);
        }

        if (!actor.MayDecide)
        {
            return FindingResult.Fail($"Chỉ lãnh đạo rà soát mới được {FindingWorkflow.ActionName(request.Transition)} phát hiện.");
        }

        var (to, error) = FindingWorkflow.Next(finding.Status, request.Transition);
        if (to is null)
        {
            return FindingResult.Fail(error!);
        }

        var now = time.GetUtcNow();
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        switch (request.Transition)
        {
            case FindingTransition.Confirm or FindingTransition.Dismiss:
                if (request.Transition == FindingTransition.Dismiss && note is null)
                {
                    return FindingResult.Fail("Cần nêu lý do bác bỏ phát hiện.");
                }

                finding.DecidedBy = actor.UserName;
                finding.DecidedAt = now;
                finding.DecisionNote = note;
                break;
            case FindingTransition.Resolve:
                if (request.ProposalId is null && request.DocumentId is null)
                {
                    return FindingResult.Fail("Cần chỉ ra đề xuất hoặc văn bản mới đã xử lý phát hiện.");
                }

                if (request.DocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.Id == documentId, ct))
                {
                    return FindingResult.Fail("Văn bản xử lý không có trong hệ thống.");
                }

                finding.ResolvedBy = actor.UserName;
                finding.ResolvedAt = now;
                finding.ResolutionNote = note;
                finding.ResolutionProposalId = request.ProposalId;
                finding.ResolutionDocumentId = request.DocumentId;
                break;
            case FindingTransition.Reopen:
                finding.DecisionNote = note ?? finding.DecisionNote;
                break;
        }

        finding.Status = to.Value;
        return await SaveAsync(finding, request.RowVersion, actor.UserName, request.Transition.ToString(), ct);
    }

    /// <summary>One finding with its provisions, or null.</summary>
    public Task<Finding?> GetAsync(long id, CancellationToken ct) =>
        db.Set<Finding>().AsNoTracking().Include(f => f.Provisions.OrderBy(p => p.Order)).SingleOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>Findings, newest first, optionally of one status.</summary>
    public async Task<IReadOnlyList<Finding>> ListAsync(FindingStatus? status, CancellationToken ct)
    {
        var query = db.Set<Finding>().AsNoTracking().Include(f => f.Provisions).AsQueryable();
        if (status is { } s)
        {
            query = query.Where(f => f.Status == s);
        }

        return await query.OrderByDescending(f => f.Id).ToListAsync(ct);
    }

    /// <summary>Findings linking any provision of <paramref name="documentId"/>.</summary>
    public async Task<IReadOnlyList<Finding>> ForDocumentAsync(long documentId, CancellationToken ct) =>
        await db.Set<Finding>().AsNoTracking().Include(f => f.Provisions)
            .Where(f => f.Provisions.Any(p => p.DocumentId == documentId))
            .OrderByDescending(f => f.Id).ToListAsync(ct);

    /// <summary>Suggestion keys already turned into findings.</summary>
    public async Task<IReadOnlySet<string>> TakenSuggestionKeysAsync(CancellationToken ct) =>
        (await db.Set<Finding>().AsNoTracking().Where(f => f.SuggestionKey != null).Select(f => f.SuggestionKey!).ToListAsync(ct))
        .ToHashSet(StringComparer.Ordinal);

    private Task<Finding?> LoadAsync(long id, CancellationToken ct) =>
        db.Set<Finding>().Include(f => f.Provisions).SingleOrDefaultAsync(f => f.Id == id, ct);

    private async Task<FindingResult> SaveAsync(Finding finding, int rowVersion, string actor, string action, CancellationToken ct)
    {
        if (finding.RowVersion != rowVersion)
        {
            return FindingResult.Fail(ConcurrencyMessage);
        }

        // The form's version is the original value: a row saved by someone else meanwhile no longer matches;
        // the audit interceptor then stores original + 1.
        db.Entry(finding).Property(f => f.RowVersion).OriginalValue = rowVersion;
        finding.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FindingResult.Fail(ConcurrencyMessage);
        }

        logger.LogInformation("Finding {FindingId}: {Action} by {Actor}, now {Status}", finding.Id, action, actor, finding.Status);
        return FindingResult.Ok(finding);
    }

    internal const string ConcurrencyMessage = "Phát hiện vừa được người khác cập nhật; hãy tải lại trang rồi thử lại.";

    private static FindingProvision ToEntity(ProvisionLink link, string? text, int order) => new()
    {
        DocumentId = link.DocumentId,
        StableId = link.StableId,
        VersionId = link.VersionId,
        Excerpt = text is null ? null : text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…",
        Order = order,
    };
}
