using LegalReview.Core.Documents;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Annotations;

/// <summary>
/// Moves annotations onto a document's new version: the quote in the same provision (exact, then tolerant of spacing
/// and diacritics), else in another provision holding it (renumbered), else marked ProvisionChanged/ProvisionRemoved.
/// Never deletes an annotation. Reads NewVersion change events after its own cursor, so it can run any number of times.
/// </summary>
public sealed class AnnotationReanchorService(LegalReviewDbContext db, TimeProvider time, ILogger<AnnotationReanchorService> logger)
{
    public const string CursorName = "annotations";
    private const int BatchSize = 500;

    /// <summary>Quotes shorter than this (folded) are only re-anchored elsewhere when the provision is clearly the same one.</summary>
    private const int ShortQuote = 12;

    /// <summary>Processes every NewVersion change event after the cursor and advances it.</summary>
    public async Task<ReanchorReport> ProcessPendingAsync(CancellationToken ct)
    {
        var cursor = await db.Set<ReanchorCursor>().SingleOrDefaultAsync(c => c.Name == CursorName, ct);
        if (cursor is null)
        {
            cursor = new ReanchorCursor { Name = CursorName };
            db.Set<ReanchorCursor>().Add(cursor);
        }

        var report = ReanchorReport.Empty;
        while (true)
        {
            var batch = await db.ChangeEvents.AsNoTracking().Where(e => e.Id > cursor.LastChangeEventId)
                .OrderBy(e => e.Id).Take(BatchSize)
                .Select(e => new { e.Id, e.Kind, e.DocumentId, e.VersionId }).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var e in batch.Where(e => e.Kind == ChangeEventKind.NewVersion && e.VersionId is not null))
            {
                report = report.Add(await ReanchorDocumentAsync(e.DocumentId, e.VersionId!.Value, ct)) with { Events = report.Events + 1 };
            }

            cursor.LastChangeEventId = batch[^1].Id;
            await db.SaveChangesAsync(ct);
        }

        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Re-anchors the document's annotations that sit on versions older than <paramref name="newVersionId"/>.</summary>
    public async Task<ReanchorReport> ReanchorDocumentAsync(long documentId, long newVersionId, CancellationToken ct)
    {
        var versions = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == documentId)
            .Select(v => new { v.Id, v.VersionNumber }).ToDictionaryAsync(v => v.Id, v => v.VersionNumber, ct);
        if (!versions.TryGetValue(newVersionId, out var newNumber))
        {
            return ReanchorReport.Empty;
        }

        var olderIds = versions.Where(v => v.Value < newNumber).Select(v => v.Key).ToList();
        var annotations = await db.Set<Annotation>()
            .Where(a => a.DocumentId == documentId && olderIds.Contains(a.VersionId)).ToListAsync(ct);
        if (annotations.Count == 0)
        {
            return ReanchorReport.Empty;
        }

        var fresh = await db.Provisions.AsNoTracking().Where(p => p.VersionId == newVersionId).OrderBy(p => p.Order).ToListAsync(ct);
        var byId = fresh.ToDictionary(p => p.StableId, StringComparer.Ordinal);
        var oldKeys = annotations.Select(a => a.VersionId).Distinct().ToList();
        var oldProvisions = (await db.Provisions.AsNoTracking().Where(p => oldKeys.Contains(p.VersionId)).ToListAsync(ct))
            .ToDictionary(p => (p.VersionId, p.StableId));

        int anchored = 0, reanchored = 0, changed = 0, removed = 0;
        var now = time.GetUtcNow();
        foreach (var a in annotations)
        {
            var old = oldProvisions.GetValueOrDefault((a.VersionId, a.StableId));
            var status = Relocate(a, old, fresh, byId, newVersionId, newNumber);
            a.UpdatedAt = now;
            switch (status)
            {
                case AnchorStatus.Anchored: anchored++; break;
                case AnchorStatus.ReAnchored: reanchored++; break;
                case AnchorStatus.ProvisionChanged: changed++; break;
                default: removed++; break;
            }
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation(
            "Re-anchored annotations of document {DocumentId} on version {VersionNumber}: {Anchored} anchored, {ReAnchored} moved, {Changed} changed, {Removed} removed",
            documentId, newNumber, anchored, reanchored, changed, removed);
        return new ReanchorReport(0, anchored, reanchored, changed, removed);
    }

    private static AnchorStatus Relocate(
        Annotation a, Provision? old, List<Provision> fresh, Dictionary<string, Provision> byId, long newVersionId, int newNumber)
    {
        if (byId.TryGetValue(a.StableId, out var same))
        {
            if (QuoteLocator.FindExact(same.Text, a.QuotedText, a.Prefix, a.Suffix, a.StartOffset) is { } exact)
            {
                return Move(a, same, exact, newVersionId, AnchorStatus.Anchored, null);
            }

            if (QuoteLocator.FindTolerant(same.Text, a.QuotedText, a.Prefix, a.Suffix, a.StartOffset) is { } loose)
            {
                return Move(a, same, loose, newVersionId, AnchorStatus.ReAnchored,
                    $"Phiên bản {newNumber}: đoạn trích dẫn có thay đổi nhỏ (dấu, khoảng trắng), đã gắn lại.");
            }
        }

        if (FindElsewhere(a, old, fresh) is { } moved)
        {
            return Move(a, moved.Provision, moved.Match, newVersionId, AnchorStatus.ReAnchored,
                $"Phiên bản {newNumber}: quy định được đánh số lại, chuyển từ {a.StableId} sang {moved.Provision.StableId}.");
        }

        // Kept on the old version so the quote stays readable in context; a later version is tried again.
        if (same is not null)
        {
            a.AnchorStatus = AnchorStatus.ProvisionChanged;
            a.AnchorNote = $"Phiên bản {newNumber}: quy định {a.StableId} đã thay đổi, không còn đoạn được ghi chú.";
            return AnchorStatus.ProvisionChanged;
        }

        a.AnchorStatus = AnchorStatus.ProvisionRemoved;
        a.AnchorNote = $"Phiên bản {newNumber}: không còn quy định {a.StableId} và không tìm thấy đoạn được ghi chú ở quy định khác.";
        return AnchorStatus.ProvisionRemoved;
    }

    private static (Provision Provision, QuoteMatch Match)? FindElsewhere(Annotation a, Provision? old, List<Provision> fresh)
    {
        var candidates = new List<(Provision Provision, QuoteMatch Match, double Similarity)>();
        foreach (var p in fresh)
        {
            if (p.StableId == a.StableId || (old is not null && p.Kind != old.Kind))
            {
                continue;
            }

            var match = QuoteLocator.Find(p.Text, a.QuotedText, a.Prefix, a.Suffix, a.StartOffset);
            if (match is not null)
            {
                candidates.Add((p, match, old is null ? 0 : QuoteLocator.Similarity(old.Text, p.Text)));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.MaxBy(c => (c.Similarity, c.Match.ContextScore));
        var shortQuote = QuoteLocator.FoldWithMap(a.QuotedText).Folded.Length < ShortQuote;
        // A long quote found in exactly one place is that place; otherwise the provision must look like the old one.
        var sure = (candidates.Count == 1 && !shortQuote) || best.Similarity >= 0.5;
        return sure ? (best.Provision, best.Match) : null;
    }

    private static AnchorStatus Move(Annotation a, Provision target, QuoteMatch match, long versionId, AnchorStatus status, string? note)
    {
        a.StableId = target.StableId;
        a.VersionId = versionId;
        AnnotationService.Place(a, target.Text, match);
        // Once moved or loosened, the annotation stays flagged so the reviewer checks it.
        a.AnchorStatus = status == AnchorStatus.Anchored && a.AnchorStatus == AnchorStatus.ReAnchored ? AnchorStatus.ReAnchored : status;
        a.AnchorNote = note ?? a.AnchorNote;
        return status;
    }
}
