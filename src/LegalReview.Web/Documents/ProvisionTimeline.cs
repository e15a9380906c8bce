using LegalReview.Core.Consolidation;
using LegalReview.Core.Documents;
using LegalReview.Data;
using LegalReview.Web.Comparing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Documents;

/// <summary>
/// The history of one provision across the latest retrieved text and the consolidated versions that followed it:
/// consecutive versions with the same text collapse into one entry; each change names the amending documents whose
/// applied instructions touched the unit (or one of its sub-units) on that date.
/// </summary>
public sealed class ProvisionTimeline(LegalReviewDbContext db)
{
    /// <returns>Null when the document is unknown.</returns>
    public async Task<(LegalDocument Document, IReadOnlyList<TimelineEntry> Entries)?> GetAsync(long id, string stableId, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return null;
        var versions = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == id)
            .Select(v => new { v.Id, v.VersionNumber, v.ConsolidatedAsOf }).ToListAsync(ct);
        var original = versions.Where(v => v.ConsolidatedAsOf == null).MaxBy(v => v.VersionNumber);
        if (original is null) return (document, []);
        var chain = versions.Where(v => v.ConsolidatedAsOf != null).OrderBy(v => v.ConsolidatedAsOf).Prepend(original).ToList();
        var prefix = stableId + "/";
        var records = await db.InstructionRecords.AsNoTracking()
            .Where(r => r.BaseDocumentId == id && r.Status == "Applied" && r.ProvisionId != null).ToListAsync(ct);

        var entries = new List<TimelineEntry>();
        string? previous = null;
        foreach (var v in chain)
        {
            var rows = await db.Provisions.AsNoTracking()
                .Where(p => p.VersionId == v.Id && (p.StableId == stableId || p.StableId.StartsWith(prefix)))
                .OrderBy(p => p.Order).ToListAsync(ct);
            var text = ProvisionTextRenderer.Render(VersionTree.Build(rows)).TrimEnd();
            if (previous is not null && text == previous) continue;
            var from = v.ConsolidatedAsOf ?? document.EffectiveOn;
            var changedBy = v.ConsolidatedAsOf is { } date
                ? records.Where(r => r.EffectiveOn == date && Touches(r.ProvisionId!, stableId))
                    .Select(r => (r.AmendingDocumentId, r.AmendingNumber)).Distinct().ToList()
                : [];
            if (entries.Count > 0 && from is { } f) entries[^1] = entries[^1] with { Until = f.AddDays(-1) };
            entries.Add(new TimelineEntry(from, null, text, v.VersionNumber, changedBy));
            previous = text;
        }
        return (document, entries);
    }

    private static bool Touches(string changed, string unit) =>
        changed == unit || changed.StartsWith(unit + "/", StringComparison.Ordinal) || unit.StartsWith(changed + "/", StringComparison.Ordinal);
}
