using LegalReview.Core.Proposals;
using LegalReview.Exports;
using LegalReview.Exports.Proposals;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Proposals;

/// <summary>
/// Creates, edits and moves proposals through their workflow. Every change is one SaveChanges (no half-written
/// proposal), guarded by the proposal's RowVersion, and leaves a revision whenever the content or the status changed.
/// </summary>
public sealed class ProposalService(LegalReviewDbContext db, TimeProvider time, ExportSettings settings)
{
    /// <summary>Default "Căn cứ" lines of a recommendation letter (the review rules in force, DOMAIN.md §2).</summary>
    public static readonly string DefaultLegalBasis =
        "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, được sửa đổi, bổ sung bởi Luật số 87/2025/QH15\n" +
        "Nghị định số 79/2025/NĐ-CP của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật";

    public Task<List<Proposal>> ListAsync(CancellationToken ct) =>
        db.Set<Proposal>().AsNoTracking().Include(p => p.Items).OrderByDescending(p => p.UpdatedAt).ToListAsync(ct);

    public Task<Proposal?> FindAsync(long id, CancellationToken ct) => db.Set<Proposal>()
        .Include(p => p.Items.OrderBy(i => i.Order))
        .Include(p => p.Revisions.OrderBy(r => r.Number))
        .AsSplitQuery()
        .FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>A new draft with one item per provision (current wording from the latest version); optionally from a finding.</summary>
    public async Task<Proposal> CreateFromProvisionsAsync(IReadOnlyList<long> provisionIds, string user, CancellationToken ct,
        long? findingId = null, string? findingSummary = null)
    {
        if (provisionIds.Count == 0) throw new ProposalWorkflowException("Hãy chọn ít nhất một quy định cần kiến nghị.");
        var targets = new List<ProvisionTargets.Target>();
        foreach (var id in provisionIds.Distinct()) targets.Add(await ProvisionTargets.ResolveAsync(db, id, ct));
        return await CreateFromTargetsAsync(targets, user, findingId, findingSummary, reasoning: null, ct);
    }

    internal async Task<Proposal> CreateFromTargetsAsync(IReadOnlyList<ProvisionTargets.Target> targets, string user, long? findingId,
        string? findingSummary, string? reasoning, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var documents = targets.Select(t => t.DocumentName).Distinct().ToList();
        var proposal = new Proposal
        {
            Subject = "kiến nghị sửa đổi, bổ sung " + string.Join(", ", documents),
            Occasion = $"Thực hiện nhiệm vụ rà soát văn bản quy phạm pháp luật, {settings.OrganisationInText} đã rà soát {string.Join(", ", documents)}.",
            LegalBasis = DefaultLegalBasis,
            Recipients = "Như trên\nBộ Tư pháp (Cục Kiểm tra văn bản và Tổ chức thi hành pháp luật)\nUBND tỉnh (để b/c)",
            Status = ProposalStatus.Draft,
            FindingId = findingId,
            CreatedBy = user,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var t in targets)
        {
            var item = NewItem(t, proposal.Items.Count + 1, findingSummary);
            item.Reasoning = reasoning ?? "";
            proposal.Items.Add(item);
        }

        AddRevision(proposal, "Tạo dự thảo", user, now);
        db.Add(proposal);
        await db.SaveChangesAsync(ct);
        return proposal;
    }

    /// <summary>Adds one provision as a new item of a draft.</summary>
    public async Task<ProposalItem> AddProvisionAsync(long id, int rowVersion, long provisionId, string user, CancellationToken ct)
    {
        var proposal = await EditableAsync(id, rowVersion, ct);
        var target = await ProvisionTargets.ResolveAsync(db, provisionId, ct);
        if (proposal.Items.Any(i => i.DocumentId == target.DocumentId && i.ProvisionStableId == target.StableId))
        {
            throw new ProposalWorkflowException($"Quy định {target.Citation} đã có trong kiến nghị.");
        }

        var item = NewItem(target, proposal.Items.Count + 1, null);
        proposal.Items.Add(item);
        await SaveContentAsync(proposal, "Thêm quy định " + target.Citation, user, ct);
        return item;
    }

    public async Task RemoveItemAsync(long id, int rowVersion, long itemId, string user, CancellationToken ct)
    {
        var proposal = await EditableAsync(id, rowVersion, ct);
        var item = proposal.Items.FirstOrDefault(i => i.Id == itemId) ?? throw new ProposalWorkflowException("Không tìm thấy nội dung kiến nghị cần xóa.");
        proposal.Items.Remove(item);
        db.Remove(item);
        var order = 1;
        foreach (var rest in proposal.Items.OrderBy(i => i.Order)) rest.Order = order++;
        await SaveContentAsync(proposal, "Bỏ quy định " + item.TargetProvision, user, ct);
    }

    /// <summary>Saves the edit form of a draft; a revision is kept when anything changed.</summary>
    public async Task SaveDraftAsync(long id, int rowVersion, ProposalDraft draft, string user, CancellationToken ct)
    {
        var proposal = await EditableAsync(id, rowVersion, ct);
        proposal.Subject = Clean(draft.Subject);
        proposal.Addressees = Clean(draft.Addressees);
        proposal.Occasion = Clean(draft.Occasion);
        proposal.LegalBasis = Clean(draft.LegalBasis);
        proposal.Recipients = Clean(draft.Recipients);
        foreach (var edit in draft.Items)
        {
            var item = proposal.Items.FirstOrDefault(i => i.Id == edit.Id) ?? throw new ProposalWorkflowException("Nội dung kiến nghị không còn tồn tại; hãy tải lại trang.");
            item.Action = edit.Action;
            item.ProposedText = Clean(edit.ProposedText);
            item.Reasoning = Clean(edit.Reasoning);
            item.LinkedFindings = Clean(edit.LinkedFindings);
        }

        await SaveContentAsync(proposal, "Lưu dự thảo", user, ct);
    }

    /// <summary>Takes a workflow step; refuses a step the status or the role does not allow, or one missing its data.</summary>
    public async Task<Proposal> ApplyAsync(long id, int rowVersion, ProposalCommand command, ProposalStepInput input, string user, bool isLead, CancellationToken ct)
    {
        var proposal = await FindAsync(id, ct) ?? throw new ProposalWorkflowException($"Không tìm thấy kiến nghị số {id}.");
        var next = ProposalWorkflow.Next(proposal.Status, command, isLead);
        var now = time.GetUtcNow();
        switch (command)
        {
            case ProposalCommand.Submit:
                ValidateForSubmit(proposal);
                proposal.ReturnNote = null;
                break;
            case ProposalCommand.Return:
                proposal.ReturnNote = Required(input.Note, "Hãy ghi lý do trả lại.");
                break;
            case ProposalCommand.Approve:
                proposal.ApprovedBy = user;
                proposal.ApprovedAt = now;
                break;
            case ProposalCommand.MarkSent:
                proposal.NumberSequence = Required(input.NumberSequence, "Hãy nhập số công văn đã gửi.");
                proposal.SentOn = input.SentOn ?? throw new ProposalWorkflowException("Hãy nhập ngày gửi công văn.");
                break;
            case ProposalCommand.RecordResponse:
                proposal.Response = input.Response ?? throw new ProposalWorkflowException("Hãy chọn kết quả phản hồi.");
                proposal.ResponseDocument = Required(input.ResponseDocument, "Hãy nhập văn bản trả lời (số, ngày, cơ quan).");
                proposal.RespondedOn = input.RespondedOn;
                proposal.ResponseNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
                break;
            case ProposalCommand.Close:
                proposal.ClosedAt = now;
                break;
        }

        proposal.Status = next;
        Guard(proposal, rowVersion);
        proposal.UpdatedAt = now;
        var note = char.ToUpperInvariant(ProposalWorkflow.CommandName(command)[0]) + ProposalWorkflow.CommandName(command)[1..];
        AddRevision(proposal, note, user, now);
        await SaveAsync(ct);
        return proposal;
    }

    /// <summary>Compares two revisions of a proposal by number; null when either does not exist.</summary>
    public async Task<ProposalRevisionComparison?> CompareAsync(long id, int from, int to, CancellationToken ct)
    {
        var revisions = await db.Set<ProposalRevision>().AsNoTracking()
            .Where(r => r.ProposalId == id && (r.Number == from || r.Number == to))
            .ToListAsync(ct);
        var a = revisions.FirstOrDefault(r => r.Number == from);
        var b = revisions.FirstOrDefault(r => r.Number == to);
        if (a is null || b is null) return null;
        return ProposalRevisionDiff.Compare(from, ProposalSnapshot.FromJson(a.SnapshotJson), to, ProposalSnapshot.FromJson(b.SnapshotJson));
    }

    /// <summary>The letter as the exporter writes it: number and date once sent, blanks before.</summary>
    public ProposalLetter ToLetter(Proposal p)
    {
        if (p.Items.Count == 0) throw new ProposalWorkflowException("Kiến nghị chưa có nội dung nào để xuất.");
        var addressees = Proposal.Lines(p.Addressees);
        if (addressees.Count == 0) throw new ProposalWorkflowException("Hãy nhập cơ quan nhận kiến nghị (Kính gửi) trước khi xuất công văn.");
        return new ProposalLetter
        {
            NumberSequence = p.NumberSequence,
            Date = p.SentOn,
            Year = (p.SentOn?.Year) ?? time.GetLocalNow().Year,
            Subject = p.Subject,
            Addressees = addressees,
            Occasion = p.Occasion,
            LegalBasis = Proposal.Lines(p.LegalBasis),
            Items = p.Items.OrderBy(i => i.Order).Select(i => new ProposalLetterItem(i.TargetProvision, i.Action, i.CurrentText,
                i.ProposedText, i.Reasoning, Proposal.Lines(i.LinkedFindings))).ToList(),
            Recipients = Proposal.Lines(p.Recipients),
            RevisionDate = p.UpdatedAt,
        };
    }

    private static ProposalItem NewItem(ProvisionTargets.Target t, int order, string? finding) => new()
    {
        Order = order,
        DocumentId = t.DocumentId,
        ProvisionStableId = t.StableId,
        TargetProvision = t.Citation,
        Action = ProposalAction.Amend,
        CurrentText = t.Wording,
        ProposedText = t.Wording,
        LinkedFindings = finding ?? "",
    };

    private async Task<Proposal> EditableAsync(long id, int rowVersion, CancellationToken ct)
    {
        var proposal = await FindAsync(id, ct) ?? throw new ProposalWorkflowException($"Không tìm thấy kiến nghị số {id}.");
        if (!ProposalWorkflow.CanEdit(proposal.Status))
        {
            throw new ProposalWorkflowException($"Kiến nghị đang ở trạng thái “{ProposalWorkflow.StatusName(proposal.Status)}”: chỉ sửa được khi là dự thảo.");
        }

        Guard(proposal, rowVersion);
        return proposal;
    }

    private async Task SaveContentAsync(Proposal proposal, string note, string user, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        proposal.UpdatedAt = now;
        var last = proposal.Revisions.OrderBy(r => r.Number).LastOrDefault();
        if (last is null || last.SnapshotJson != ProposalSnapshot.Of(proposal).ToJson()) AddRevision(proposal, note, user, now);
        await SaveAsync(ct);
    }

    private static void AddRevision(Proposal proposal, string note, string user, DateTimeOffset now) => proposal.Revisions.Add(new ProposalRevision
    {
        Number = proposal.Revisions.Count == 0 ? 1 : proposal.Revisions.Max(r => r.Number) + 1,
        Status = proposal.Status,
        Note = note,
        CreatedBy = user,
        CreatedAt = now,
        SnapshotJson = ProposalSnapshot.Of(proposal).ToJson(),
    });

    /// <summary>The update only succeeds if nobody saved the proposal since the form was loaded.</summary>
    private void Guard(Proposal proposal, int rowVersion)
    {
        db.Entry(proposal).Property(p => p.RowVersion).OriginalValue = rowVersion;
        proposal.RowVersion = rowVersion + 1;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ProposalWorkflowException("Kiến nghị vừa được người khác cập nhật; hãy tải lại trang rồi thực hiện lại.");
        }
    }

    private static void ValidateForSubmit(Proposal p)
    {
        if (p.Items.Count == 0) throw new ProposalWorkflowException("Kiến nghị chưa có nội dung nào.");
        if (Proposal.Lines(p.Addressees).Count == 0) throw new ProposalWorkflowException("Hãy nhập cơ quan nhận kiến nghị (Kính gửi).");
        if (string.IsNullOrWhiteSpace(p.Subject)) throw new ProposalWorkflowException("Hãy nhập trích yếu (V/v).");
        foreach (var item in p.Items)
        {
            if (string.IsNullOrWhiteSpace(item.Reasoning)) throw new ProposalWorkflowException($"Hãy nêu lý do kiến nghị đối với {item.TargetProvision}.");
            if (item.Action != ProposalAction.Repeal && string.IsNullOrWhiteSpace(item.ProposedText))
            {
                throw new ProposalWorkflowException($"Hãy nhập nội dung đề nghị đối với {item.TargetProvision}.");
            }
        }
    }

    private static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new ProposalWorkflowException(message) : value.Trim();

    private static string Clean(string? text) => string.Join('\n', Proposal.Lines(text));
}
