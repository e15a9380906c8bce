using LegalReview.Data;
using LegalReview.Data.Reviewing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Reviewing;

/// <summary>Read models of the review pages.</summary>
public sealed class ReviewQueries(LegalReviewDbContext db)
{
    public Task<List<ReviewCampaign>> CampaignsAsync(CancellationToken ct) =>
        db.ReviewCampaigns.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(ct);

    public Task<ReviewCampaign?> CampaignAsync(long id, CancellationToken ct) =>
        db.ReviewCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    public Task<List<ReviewItemRow>> CampaignItemsAsync(long campaignId, CancellationToken ct) =>
        Rows(db.ReviewItems.Where(i => i.CampaignId == campaignId)).ToListAsync(ct);

    /// <summary>The standing queue of triggered items; finished ones only when <paramref name="includeDone"/>.</summary>
    public Task<List<ReviewItemRow>> TriggeredAsync(bool includeDone, CancellationToken ct) =>
        Rows(db.ReviewItems.Where(i => i.CampaignId == null
                && (includeDone || (i.Status != ReviewItemStatus.Approved && i.Status != ReviewItemStatus.Dismissed))))
            .ToListAsync(ct);

    /// <summary>Open items assigned to <paramref name="userName"/>, or awaiting approval when <paramref name="isLead"/>.</summary>
    public Task<List<ReviewItemRow>> MyWorkAsync(string userName, bool isLead, CancellationToken ct) =>
        Rows(db.ReviewItems.Where(i =>
                (i.AssignedTo == userName && (i.Status == ReviewItemStatus.Pending || i.Status == ReviewItemStatus.InProgress
                                              || i.Status == ReviewItemStatus.Returned))
                || (isLead && i.Status == ReviewItemStatus.Submitted)))
            .Take(200).ToListAsync(ct);

    public Task<List<Core.Documents.LegalDocument>> DocumentsForPickingAsync(CancellationToken ct) =>
        db.Documents.AsNoTracking().OrderBy(d => d.Type).ThenBy(d => d.IssuedOn).ThenBy(d => d.Number).Take(1000).ToListAsync(ct);

    public Task<List<string>> IssuersAsync(CancellationToken ct) =>
        db.Documents.AsNoTracking().Select(d => d.Issuer).Distinct().OrderBy(i => i).ToListAsync(ct);

    private static IQueryable<ReviewItemRow> Rows(IQueryable<ReviewItem> items) =>
        items.OrderBy(i => i.Id).Select(i => new ReviewItemRow(
            i.Id, i.DocumentId, i.Document!.Number, i.Document.Title, i.Document.TypeName, i.Status, i.AssignedTo,
            i.Reason, i.CampaignId, i.Campaign == null ? null : i.Campaign.Name, i.UpdatedAt));
}
