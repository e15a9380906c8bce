using LegalReview.Core.Documents;
using LegalReview.Data.Reviewing;
using LegalReview.Exports.Lists;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Exporting;

/// <summary>
/// Turns a campaign's review sheets into the input of the official lists: the sheet's validity conclusion (or, for a
/// document not concluded yet, the validity on record), expired provisions from rows assessed "expired", the
/// handling from the sheet's recommendation and the rows proposing it. Dismissed items are left out.
/// </summary>
public sealed class CampaignListsQuery(LegalReviewDbContext db)
{
    /// <summary>The campaign's lists input, or null when the campaign does not exist.</summary>
    public async Task<CampaignListsInput?> LoadAsync(long campaignId, CancellationToken ct)
    {
        var campaign = await db.ReviewCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return null;
        var items = await db.ReviewItems.AsNoTracking()
            .Where(i => i.CampaignId == campaignId && i.Status != ReviewItemStatus.Dismissed)
            .Include(i => i.Document)
            .Include(i => i.Sheet).ThenInclude(s => s!.Rows)
            .AsSplitQuery()
            .ToListAsync(ct);

        var documentIds = items.Select(i => i.DocumentId).Distinct().ToList();
        var texts = await LatestTextsAsync(documentIds, ct);
        var documents = items
            .GroupBy(i => i.DocumentId)
            .Select(g => g.OrderByDescending(i => i.Sheet?.UpdatedAt ?? DateTimeOffset.MinValue).First())
            .Select(i => Map(i, texts.GetValueOrDefault(i.DocumentId, "")))
            .ToList();
        return new CampaignListsInput
        {
            CampaignName = campaign.Name,
            CutoffDate = campaign.CutoffDate,
            PlanReference = string.IsNullOrWhiteSpace(campaign.Description) ? null : campaign.Description.Trim(),
            Documents = documents,
        };
    }

    private static CatalogueDocument Map(ReviewItem item, string text)
    {
        var d = item.Document!;
        var sheet = item.Sheet;
        var rows = sheet?.Rows.OrderBy(r => r.Order).ToList() ?? [];
        var validity = sheet?.ValidityConclusion ?? d.Validity;
        var expiredRows = rows.Where(r => r.Assessment == ReviewAssessment.Expired).Select(r => r.ReviewedProvision.Trim()).Where(r => r.Length > 0);
        var handlingRows = rows.Where(r => r.ProposedHandling != ReviewRecommendation.Keep).ToList();
        var recommendation = sheet?.Recommendation is { } rec && rec != ReviewRecommendation.Keep ? rec
            : handlingRows.Select(r => (ReviewRecommendation?)r.ProposedHandling).FirstOrDefault();
        var expired = validity is Validity.Expired or Validity.Suspended or Validity.PartlyExpired or Validity.PartlySuspended;
        return new CatalogueDocument
        {
            Issuer = d.Issuer,
            Type = d.Type,
            TypeName = string.IsNullOrWhiteSpace(d.TypeName) ? d.Type.ToString() : d.TypeName,
            Number = d.Number,
            IssuedOn = d.IssuedOn,
            Title = d.Title,
            Validity = validity,
            EffectiveOn = d.EffectiveOn,
            ExpiredOn = expired ? d.ExpiresOn : null,
            ExpiryReason = expired ? NullIfEmpty(sheet?.Conclusion ?? sheet?.BasisDocuments) : null,
            ExpiredProvisions = NullIfEmpty(string.Join("; ", expiredRows)),
            Handling = recommendation is { } r2 ? ReviewNames.Of(r2) : null,
            HandlingProvisions = NullIfEmpty(string.Join("; ", handlingRows.Select(r => r.ReviewedProvision.Trim()).Where(p => p.Length > 0))),
            HandlingReason = recommendation is null ? null
                : NullIfEmpty(string.Join("; ", handlingRows.Select(r => r.Reasoning.Trim()).Where(p => p.Length > 0))) ?? NullIfEmpty(sheet?.Conclusion),
            LeadBody = recommendation is null ? null : NullIfEmpty(sheet?.CompetentBody),
            Text = text,
        };
    }

    /// <summary>Text of each document: its consolidated version (the text in force) when there is one, else the latest retrieved.</summary>
    private async Task<Dictionary<long, string>> LatestTextsAsync(List<long> documentIds, CancellationToken ct)
    {
        var versions = await db.DocumentVersions.AsNoTracking()
            .Where(v => documentIds.Contains(v.DocumentId))
            .Select(v => new { v.DocumentId, v.VersionNumber, v.ConsolidatedAsOf, v.Text })
            .ToListAsync(ct);
        return versions.GroupBy(v => v.DocumentId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.ConsolidatedAsOf.HasValue ? 1 : 0).ThenByDescending(v => v.VersionNumber).First().Text);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
