using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Reviewing;

/// <summary>Creates review items: for a campaign's scope, and for triggered review (campaign-less standing queue).</summary>
public sealed class ReviewItemService(LegalReviewDbContext db, TimeProvider time)
{
    /// <summary>
    /// Adds one item per document not yet in the campaign, assigning reviewers round-robin over the campaign's
    /// assignees; saves. Returns the number of items added.
    /// </summary>
    public async Task<int> AddCampaignItemsAsync(ReviewCampaign campaign, IReadOnlyCollection<long> documentIds, CancellationToken ct)
    {
        var existing = await db.ReviewItems.Where(i => i.CampaignId == campaign.Id).Select(i => i.DocumentId).ToListAsync(ct);
        var known = await db.Documents.Where(d => documentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        var assignees = campaign.AssigneeList;
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var documentId in known.Except(existing).Order())
        {
            db.ReviewItems.Add(new ReviewItem
            {
                CampaignId = campaign.Id,
                DocumentId = documentId,
                Status = ReviewItemStatus.Pending,
                AssignedTo = assignees.Count == 0 ? null : assignees[(existing.Count + added) % assignees.Count],
                Reason = $"Thuộc phạm vi đợt rà soát “{campaign.Name}”.",
                CreatedAt = now,
                UpdatedAt = now,
            });
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>
    /// Queues a triggered item for <paramref name="documentId"/> (not saved; the caller saves its batch) unless one
    /// for the same triggering document already exists. Returns whether an item was added.
    /// </summary>
    public async Task<bool> OpenTriggeredAsync(long documentId, long triggerDocumentId, string reason, CancellationToken ct)
    {
        if (documentId == triggerDocumentId
            || db.ReviewItems.Local.Any(i => i.DocumentId == documentId && i.TriggerDocumentId == triggerDocumentId)
            || await db.ReviewItems.AnyAsync(
                i => i.CampaignId == null && i.DocumentId == documentId && i.TriggerDocumentId == triggerDocumentId, ct))
        {
            return false;
        }

        var now = time.GetUtcNow();
        db.ReviewItems.Add(new ReviewItem
        {
            DocumentId = documentId,
            TriggerDocumentId = triggerDocumentId,
            Status = ReviewItemStatus.Pending,
            Reason = reason,
            CreatedAt = now,
            UpdatedAt = now,
        });
        return true;
    }
}
