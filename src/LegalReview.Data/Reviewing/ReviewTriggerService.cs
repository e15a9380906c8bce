using LegalReview.Core.Documents;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Reviewing;

/// <summary>
/// Triggered (continuous) review, the two graph rules of DOMAIN.md §3: when document T amends / supplements /
/// replaces / repeals / suspends document X, X gets a review item; every document Z whose "Căn cứ" lines cite X gets
/// one too. Reads <see cref="ChangeEvent"/>s after its stored cursor, so it is idempotent and catches up after any
/// import path; triggered items have no campaign and carry the reason naming T.
/// </summary>
public sealed class ReviewTriggerService(
    LegalReviewDbContext db, ReviewItemService items, TimeProvider time, ILogger<ReviewTriggerService> logger)
{
    private const int BatchSize = 200;

    // The job, its continuation after imports and the page's "check now" may overlap: one pass at a time per process
    // keeps them from reading the same cursor and opening the same item twice.
    private static readonly SemaphoreSlim OnePass = new(1, 1);

    /// <summary>Relation types that make the target need review, with the Vietnamese verb for the reason.</summary>
    public static IReadOnlyDictionary<RelationType, string> TriggeringRelations { get; } = new Dictionary<RelationType, string>
    {
        [RelationType.Amends] = "sửa đổi",
        [RelationType.Supplements] = "bổ sung",
        [RelationType.Replaces] = "thay thế",
        [RelationType.RepealsWhole] = "bãi bỏ",
        [RelationType.RepealsPart] = "bãi bỏ một phần",
        [RelationType.Suspends] = "tạm ngưng hiệu lực",
    };

    /// <summary>Processes every change event after the cursor; returns the number of review items opened.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken ct)
    {
        await OnePass.WaitAsync(ct);
        try
        {
            return await ProcessAsync(ct);
        }
        finally
        {
            OnePass.Release();
        }
    }

    private async Task<int> ProcessAsync(CancellationToken ct)
    {
        var opened = 0;
        while (true)
        {
            var cursor = await db.ReviewTriggerCursors.SingleOrDefaultAsync(c => c.Id == 1, ct);
            if (cursor is null)
            {
                cursor = new ReviewTriggerCursor { Id = 1 };
                db.ReviewTriggerCursors.Add(cursor);
            }

            var events = await db.ChangeEvents.AsNoTracking()
                .Where(e => e.Id > cursor.LastChangeEventId
                            && (e.Kind == ChangeEventKind.NewDocument || e.Kind == ChangeEventKind.NewVersion
                                || e.Kind == ChangeEventKind.NewRelation))
                .OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
            if (events.Count == 0)
            {
                await db.SaveChangesAsync(ct);
                break;
            }

            foreach (var documentId in events.Select(e => e.DocumentId).Distinct())
            {
                opened += await TriggerAsync(documentId, ct);
            }

            cursor.LastChangeEventId = events[^1].Id;
            cursor.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        if (opened > 0)
        {
            logger.LogInformation("Triggered review opened {Count} review items", opened);
        }

        return opened;
    }

    private async Task<int> TriggerAsync(long documentId, CancellationToken ct)
    {
        var opened = 0;
        // T amends … X (T is the new document), and X arrived after T already named it (X is the new document).
        var edges = await db.Relations.AsNoTracking()
            .Where(r => r.TargetDocumentId != null && TriggeringTypes.Contains(r.Type)
                        && (r.SourceDocumentId == documentId || r.TargetDocumentId == documentId))
            .ToListAsync(ct);
        foreach (var edge in edges.DistinctBy(e => (e.SourceDocumentId, e.TargetDocumentId)))
        {
            var trigger = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == edge.SourceDocumentId, ct);
            var target = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == edge.TargetDocumentId, ct);
            var verb = TriggeringRelations[edge.Type];
            if (await items.OpenTriggeredAsync(target.Id, trigger.Id,
                    $"{Name(trigger)} {verb} văn bản này — văn bản là căn cứ để rà soát.", ct))
            {
                opened++;
            }

            foreach (var citing in await CitingAsync(target, ct))
            {
                if (citing != trigger.Id && await items.OpenTriggeredAsync(citing, trigger.Id,
                        $"Văn bản này căn cứ vào {Name(target)}, văn bản vừa bị {Name(trigger)} {verb} — cần rà soát lại căn cứ ban hành.", ct))
                {
                    opened++;
                }
            }
        }

        return opened;
    }

    /// <summary>Documents whose "Căn cứ" lines cite <paramref name="cited"/> (normalized number match).</summary>
    private async Task<IReadOnlyList<long>> CitingAsync(LegalDocument cited, CancellationToken ct)
    {
        // Normalization is done in memory (DocumentNumber.Normalize is not translatable); the plain number narrows first.
        var year = cited.NormalizedNumber.Split('/').ElementAtOrDefault(1) ?? cited.NormalizedNumber;
        var candidates = await db.EnactingBases.AsNoTracking()
            .Where(b => b.CitedNumber != null && b.DocumentId != cited.Id && b.CitedNumber.Contains(year))
            .Select(b => new { b.DocumentId, b.CitedNumber })
            .ToListAsync(ct);
        return candidates.Where(b => DocumentNumber.Normalize(b.CitedNumber!) == cited.NormalizedNumber)
            .Select(b => b.DocumentId).Distinct().ToList();
    }

    private static readonly RelationType[] TriggeringTypes = [.. TriggeringRelations.Keys];

    private static string Name(LegalDocument d) =>
        $"{(d.TypeName.Length > 0 ? d.TypeName : "Văn bản")} số {d.Number}";
}
