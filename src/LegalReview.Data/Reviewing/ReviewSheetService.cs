using LegalReview.Core;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Reviewing;

/// <summary>Reads and saves review sheets with optimistic concurrency (<see cref="ReviewSheet.RowVersion"/>).</summary>
public sealed class ReviewSheetService(LegalReviewDbContext db, TimeProvider time)
{
    /// <summary>The item with its document, campaign, sheet (rows ordered) and history; null when unknown.</summary>
    public async Task<ReviewItem?> LoadAsync(long itemId, CancellationToken ct)
    {
        var item = await db.ReviewItems.AsNoTracking()
            .Include(i => i.Document).Include(i => i.Campaign).Include(i => i.Sheet!).ThenInclude(s => s.Rows)
            .Include(i => i.History)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == itemId, ct);
        item?.Sheet?.Rows.Sort((a, b) => a.Order.CompareTo(b.Order));
        item?.History.Sort((a, b) => a.Id.CompareTo(b.Id));
        return item;
    }

    /// <summary>
    /// Saves the sheet of an item being reviewed. A sheet saved by someone else since <see cref="ReviewSheetInput.RowVersion"/>
    /// gives a conflict result carrying their version; nothing is overwritten.
    /// </summary>
    public async Task<ReviewSheetSaveResult> SaveAsync(long itemId, ReviewSheetInput input, ReviewActor actor, CancellationToken ct)
    {
        var item = await db.ReviewItems.Include(i => i.Sheet!).ThenInclude(s => s.Rows).SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return ReviewSheetSaveResult.Fail("Không tìm thấy mục rà soát.");
        }

        if (item.Status != ReviewItemStatus.InProgress)
        {
            return ReviewSheetSaveResult.Fail(
                $"Chỉ ghi phiếu khi mục đang rà soát (hiện: “{ReviewNames.Of(item.Status)}”). Bấm “Bắt đầu rà soát” trước.");
        }

        if (!actor.IsLead && !string.Equals(item.AssignedTo, actor.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return ReviewSheetSaveResult.Fail($"Mục này được giao cho {item.AssignedTo}; bạn không thể sửa phiếu.");
        }

        var sheet = item.Sheet;
        if (sheet is null)
        {
            sheet = new ReviewSheet { ReviewItemId = item.Id };
            db.ReviewSheets.Add(sheet);
        }
        else if (sheet.RowVersion != input.RowVersion)
        {
            return Conflict(sheet);
        }
        else
        {
            // The version the user loaded is what the database must still hold when this save runs.
            db.Entry(sheet).Property(s => s.RowVersion).OriginalValue = input.RowVersion;
        }

        Apply(sheet, input, actor.UserName);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ReviewSheets.AsNoTracking().Include(s => s.Rows).SingleAsync(s => s.ReviewItemId == itemId, ct);
            return Conflict(current);
        }

        return new ReviewSheetSaveResult(true, null, Current: sheet);
    }

    private void Apply(ReviewSheet sheet, ReviewSheetInput input, string userName)
    {
        sheet.ReviewingUnit = input.ReviewingUnit.Trim();
        sheet.BasisDocuments = input.BasisDocuments.Trim();
        sheet.ValidityConclusion = input.ValidityConclusion;
        sheet.Conclusion = input.Conclusion.Trim();
        sheet.Recommendation = input.Recommendation;
        sheet.CompetentBody = input.CompetentBody.Trim();
        // Always touched, so that a save changing only rows still bumps the sheet's version for the next editor.
        sheet.UpdatedBy = userName;
        sheet.UpdatedAt = time.GetUtcNow();

        var order = 0;
        foreach (var row in input.Rows)
        {
            var existing = row.Id is { } id ? sheet.Rows.FirstOrDefault(r => r.Id == id) : null;
            var empty = string.IsNullOrWhiteSpace(row.ReviewedProvision) && string.IsNullOrWhiteSpace(row.Reasoning);
            if (row.Remove || empty)
            {
                if (existing is not null)
                {
                    sheet.Rows.Remove(existing);
                    db.ReviewSheetRows.Remove(existing);
                }

                continue;
            }

            if (existing is null)
            {
                existing = new ReviewSheetRow();
                sheet.Rows.Add(existing);
            }

            existing.Order = ++order;
            existing.ReviewedProvision = row.ReviewedProvision.Trim();
            existing.BasisProvision = row.BasisProvision.Trim();
            existing.Assessment = row.Assessment;
            existing.Reasoning = row.Reasoning.Trim();
            existing.ProposedHandling = row.ProposedHandling;
        }
    }

    private static ReviewSheetSaveResult Conflict(ReviewSheet current) => new(
        false,
        $"Phiếu vừa được {current.UpdatedBy} lưu lúc {current.UpdatedAt.ToVietnamTime():HH:mm dd/MM/yyyy} "
        + "trong khi bạn đang sửa. Nội dung bạn nhập vẫn còn trong biểu mẫu; đối chiếu với bản của họ bên dưới rồi lưu lại.",
        IsConflict: true,
        Current: current);
}
