using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Reviewing;

/// <summary>Creates campaigns (resolving their scope into review items) and reports their progress.</summary>
public sealed class CampaignService(
    LegalReviewDbContext db, CampaignScopeResolver scope, ReviewItemService items, TimeProvider time)
{
    /// <summary>Label of unassigned items in the workload table.</summary>
    public const string Unassigned = "(chưa giao)";

    /// <summary>Creates the campaign and its items; returns its id, or a Vietnamese error and nothing saved.</summary>
    public async Task<(long? Id, string? Error)> CreateAsync(CampaignDraft draft, string createdBy, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            return (null, "Cần đặt tên cho đợt rà soát.");
        }

        if (draft.YearFrom > draft.YearTo)
        {
            return (null, "Năm bắt đầu phải nhỏ hơn hoặc bằng năm kết thúc.");
        }

        var (ids, error) = await scope.ResolveAsync(draft, ct);
        if (error is not null)
        {
            return (null, error);
        }

        var campaign = new ReviewCampaign
        {
            Name = draft.Name.Trim(),
            Description = draft.Description.Trim(),
            CutoffDate = draft.CutoffDate,
            ScopeKind = draft.ScopeKind,
            ScopeQuery = draft.ScopeKind == CampaignScopeKind.SearchQuery ? draft.Query?.Trim() : null,
            ScopeType = draft.Type,
            ScopeIssuer = string.IsNullOrWhiteSpace(draft.Issuer) ? null : draft.Issuer.Trim(),
            ScopeValidity = draft.Validity,
            ScopeYearFrom = draft.YearFrom,
            ScopeYearTo = draft.YearTo,
            Assignees = string.Join(";", draft.Assignees.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct()),
            CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ReviewCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        await items.AddCampaignItemsAsync(campaign, ids, ct);
        await transaction.CommitAsync(ct);
        return (campaign.Id, null);
    }

    public async Task<CampaignProgress> ProgressAsync(long campaignId, CancellationToken ct) =>
        CampaignProgress.From(await db.ReviewItems.Where(i => i.CampaignId == campaignId).Select(i => i.Status).ToListAsync(ct));

    /// <summary>Progress of every campaign (for the list page).</summary>
    public async Task<IReadOnlyDictionary<long, CampaignProgress>> AllProgressAsync(CancellationToken ct)
    {
        var rows = await db.ReviewItems.Where(i => i.CampaignId != null)
            .Select(i => new { CampaignId = i.CampaignId!.Value, i.Status }).ToListAsync(ct);
        return rows.GroupBy(r => r.CampaignId).ToDictionary(g => g.Key, g => CampaignProgress.From(g.Select(r => r.Status)));
    }

    public async Task<IReadOnlyList<ReviewerWorkload>> WorkloadAsync(long campaignId, CancellationToken ct)
    {
        var rows = await db.ReviewItems.Where(i => i.CampaignId == campaignId)
            .Select(i => new { i.AssignedTo, i.Status }).ToListAsync(ct);
        return rows.GroupBy(r => r.AssignedTo ?? Unassigned).OrderBy(g => g.Key).Select(g => new ReviewerWorkload(
            g.Key,
            g.Count(),
            g.Count(r => r.Status is ReviewItemStatus.Pending or ReviewItemStatus.InProgress),
            g.Count(r => r.Status == ReviewItemStatus.Submitted),
            g.Count(r => r.Status == ReviewItemStatus.Returned),
            g.Count(r => r.Status is ReviewItemStatus.Approved or ReviewItemStatus.Dismissed))).ToList();
    }

    /// <summary>Gives an item to another reviewer (lead action); null on success or a reason.</summary>
    public async Task<string?> AssignAsync(long itemId, string? reviewer, CancellationToken ct)
    {
        var item = await db.ReviewItems.SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return "Không tìm thấy mục rà soát.";
        }

        if (item.Status is ReviewItemStatus.Approved or ReviewItemStatus.Dismissed)
        {
            return "Không giao lại mục đã kết thúc.";
        }

        item.AssignedTo = string.IsNullOrWhiteSpace(reviewer) ? null : reviewer.Trim();
        item.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return null;
    }
}
