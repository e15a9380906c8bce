using LegalReview.Core.Consolidation;
using LegalReview.Core.Diffing;
using LegalReview.Core.Documents;
using LegalReview.Data;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Comparing;

/// <summary>Loads two stored versions and compares them (VersionDiff always; LawComparison for two different documents).</summary>
public sealed class CompareService(LegalReviewDbContext db)
{
    /// <summary>Every version of every document, for the selects (newest documents first).</summary>
    public async Task<IReadOnlyList<VersionChoice>> ChoicesAsync(CancellationToken ct)
    {
        var rows = await db.DocumentVersions.AsNoTracking()
            .OrderByDescending(v => v.Document!.IssuedOn).ThenBy(v => v.DocumentId).ThenBy(v => v.VersionNumber)
            .Select(v => new { v.DocumentId, v.VersionNumber, v.ConsolidatedAsOf, v.Document!.Number, v.Document.Title })
            .ToListAsync(ct);
        return rows.Select(r => new VersionChoice(VersionChoice.KeyOf(r.DocumentId, r.VersionNumber),
            $"{r.Number} {Shorten(r.Title)} — " + (r.ConsolidatedAsOf is { } d ? $"hợp nhất đến {d:dd/MM/yyyy}" : $"phiên bản {r.VersionNumber}")))
            .ToList();
    }

    /// <returns>Null when a key names no stored version.</returns>
    public async Task<ComparisonResult?> CompareAsync(string oldKey, string newKey, CancellationToken ct)
    {
        var a = await LoadAsync(oldKey, ct);
        var b = await LoadAsync(newKey, ct);
        if (a is null || b is null) return null;
        var diff = VersionDiff.Compare(a.Parsed, b.Parsed);
        var laws = a.Document.Id == b.Document.Id ? null : LawComparison.Compare(a.Parsed, b.Parsed);
        var removed = diff.Removed.Concat(diff.Moved.Select(m => m.From)).ToHashSet(StringComparer.Ordinal);
        var added = diff.Added.Concat(diff.Moved.Select(m => m.To)).ToHashSet(StringComparer.Ordinal);
        return new ComparisonResult(a, b, diff, laws, Texts(a, removed), Texts(b, added));
    }

    /// <summary>Loads a version by key; "12" means document 12's latest retrieved (not consolidated) version.</summary>
    public async Task<ComparedVersion?> LoadAsync(string key, CancellationToken ct)
    {
        if (!VersionChoice.TryParse(key, out var id, out var number)) return null;
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return null;
        var versions = db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == id);
        var version = number is { } n
            ? await versions.SingleOrDefaultAsync(v => v.VersionNumber == n, ct)
            : await versions.Where(v => v.ConsolidatedAsOf == null).OrderByDescending(v => v.VersionNumber).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        var rows = await db.Provisions.AsNoTracking().Where(p => p.VersionId == version.Id).OrderBy(p => p.Order).ToListAsync(ct);
        return new ComparedVersion(document, version, VersionTree.ToParsed(document, version, rows));
    }

    private static Dictionary<string, string> Texts(ComparedVersion v, HashSet<string> ids) =>
        v.Parsed.AllProvisions().Where(p => ids.Contains(p.Id))
            .GroupBy(p => p.Id).ToDictionary(g => g.Key, g => ProvisionTextRenderer.Own(g.First()), StringComparer.Ordinal);

    private static string Shorten(string title) => title.Length <= 60 ? title : title[..57] + "…";
}
