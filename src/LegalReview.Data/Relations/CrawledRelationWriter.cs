using LegalReview.Core.Documents;
using LegalReview.Core.Relations;
using Microsoft.EntityFrameworkCore;
using CrawledRelation = LegalReview.Crawlers.DocumentRelation;

namespace LegalReview.Data.Relations;

/// <summary>
/// Adds the relations a source site lists for a crawled document as <see cref="RelationOrigin.Crawled"/>
/// <see cref="DocumentRelation"/> rows, in the caller's unit of work (nothing is saved here). Targets are resolved by
/// normalized number when exactly one stored document has it, else kept as number/title text. Edges already stored
/// (crawled earlier, or found by parsing) are not added again; <see cref="RelationWriter"/> drops a crawled edge that
/// parsing finds later. An incoming edge ("Văn bản sửa đổi": X amends this document) needs X stored to exist.
/// </summary>
public static class CrawledRelationWriter
{
    /// <summary>Tracks new relation rows for <paramref name="document"/> (which may not be saved yet); returns how many.</summary>
    public static async Task<int> AddAsync(LegalReviewDbContext db, LegalDocument document, IReadOnlyList<CrawledRelation> relations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(relations);
        var mapped = relations
            .Select(r => (Relation: r, Kind: CrawledRelationLabels.Map(r.Type), Normalized: DocumentNumber.Normalize(r.TargetNumber ?? "")))
            .Where(x => x.Kind is not null && (x.Normalized.Length > 0 || !string.IsNullOrWhiteSpace(x.Relation.TargetTitle)))
            .ToList();
        if (mapped.Count == 0) return 0;

        // A document not saved yet has a temporary key; rows pointing at it get the real key when the import saves.
        var entry = db.Entry(document);
        var isNew = entry.State == EntityState.Added;
        var selfId = isNew ? (long)entry.Property(d => d.Id).CurrentValue! : document.Id;
        var numbers = mapped.Select(x => x.Normalized).Where(n => n.Length > 0).Distinct().ToList();
        var known = await ResolveAsync(db, numbers, document, ct).ConfigureAwait(false);
        var existing = isNew
            ? []
            : await db.Relations.AsNoTracking()
                .Where(r => r.SourceDocumentId == document.Id || r.TargetDocumentId == document.Id)
                .Select(r => new { r.SourceDocumentId, r.TargetDocumentId, r.Type, r.TargetNormalizedNumber, r.TargetTitle })
                .ToListAsync(ct).ConfigureAwait(false);
        var seen = existing.Select(r => Key(r.SourceDocumentId, r.TargetDocumentId, r.Type, r.TargetNormalizedNumber, r.TargetTitle))
            .ToHashSet(StringComparer.Ordinal);
        // A parsed edge names the same target by number only: compare on (source, type, number) too.
        var seenByNumber = existing.Where(r => r.SourceDocumentId == document.Id && r.TargetNormalizedNumber.Length > 0)
            .Select(r => $"{r.Type}|{r.TargetNormalizedNumber}").ToHashSet(StringComparer.Ordinal);

        var added = 0;
        foreach (var (relation, kind, normalized) in mapped)
        {
            var (type, incoming) = kind!.Value;
            var other = known.GetValueOrDefault(normalized);
            DocumentRelation row;
            if (incoming)
            {
                if (other is null) continue; // the acting document is not stored: its own crawl or import will state the edge
                row = new DocumentRelation
                {
                    SourceDocumentId = other.Value, TargetDocumentId = selfId, TargetNumber = document.Number,
                    TargetNormalizedNumber = document.NormalizedNumber, TargetTitle = Cut(document.Title, 1000), Type = type, Origin = RelationOrigin.Crawled,
                };
            }
            else
            {
                if (normalized.Length > 0 && !seenByNumber.Add($"{type}|{normalized}")) continue;
                row = new DocumentRelation
                {
                    SourceDocumentId = selfId, TargetDocumentId = other, TargetNumber = Cut(relation.TargetNumber?.Trim() ?? "", 100),
                    TargetNormalizedNumber = Cut(normalized, 100), TargetTitle = Cut(relation.TargetTitle?.Trim() ?? "", 1000), Type = type,
                    Origin = RelationOrigin.Crawled,
                };
            }
            if (!seen.Add(Key(row.SourceDocumentId, row.TargetDocumentId, row.Type, row.TargetNormalizedNumber, row.TargetTitle))) continue;
            db.Relations.Add(row);
            if (isNew)
            {
                var rowEntry = db.Entry(row);
                if (incoming) rowEntry.Property(r => r.TargetDocumentId).IsTemporary = true;
                else rowEntry.Property(r => r.SourceDocumentId).IsTemporary = true;
            }
            added++;
        }
        return added;
    }

    private static string Key(long source, long? target, RelationType type, string number, string title) =>
        number.Length > 0 || target is not null ? $"{source}|{target}|{type}|{number}" : $"{source}|{type}|title:{title}";

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];

    /// <summary>Stored document id per normalized number held by exactly one other document.</summary>
    private static async Task<Dictionary<string, long?>> ResolveAsync(LegalReviewDbContext db, List<string> numbers, LegalDocument self, CancellationToken ct)
    {
        if (numbers.Count == 0) return [];
        var rows = await db.Documents.AsNoTracking()
            .Where(d => numbers.Contains(d.NormalizedNumber) && d.Id != self.Id)
            .Select(d => new { d.Id, d.NormalizedNumber })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.GroupBy(r => r.NormalizedNumber).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => (long?)g.Single().Id, StringComparer.Ordinal);
    }
}
