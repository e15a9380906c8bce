using System.Net;
using LegalReview.Core.Diffing;
using LegalReview.Core.Documents;
using LegalReview.Data.Crawling;
using LegalReview.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Alerts;

/// <summary>
/// Turns a <see cref="ChangeEvent"/> into <see cref="DocumentChange"/>s with provision diffs: a new version against
/// the previous retrieved one; a new amending document as itself (all new) plus, for each document it amends, the
/// consolidated version its instructions produced against the one before it (ConsolidationWriter output).
/// </summary>
public sealed class ChangeAnalyzer(LegalReviewDbContext db)
{
    /// <summary>Relations through which a new document changes the text or the force of another.</summary>
    public static readonly RelationType[] ChangingRelations =
        [RelationType.Amends, RelationType.Supplements, RelationType.Replaces, RelationType.RepealsWhole, RelationType.RepealsPart, RelationType.Suspends];

    private const int NewTextSnippetChars = 400;

    public async Task<IReadOnlyList<DocumentChange>> AnalyzeAsync(ChangeEvent change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == change.DocumentId, ct);
        if (document is null) return [];
        var facts = Facts(document);
        var result = new List<DocumentChange>();
        if (change.Kind is ChangeEventKind.NewDocument or ChangeEventKind.NewVersion && change.VersionId is { } versionId)
        {
            var current = await ProvisionsAsync(versionId, ct);
            List<Provision> previous = [];
            if (change.Kind == ChangeEventKind.NewVersion)
            {
                var number = await db.DocumentVersions.Where(v => v.Id == versionId).Select(v => v.VersionNumber).SingleAsync(ct);
                var prevId = await db.DocumentVersions
                    .Where(v => v.DocumentId == document.Id && v.ConsolidatedAsOf == null && v.VersionNumber < number)
                    .OrderByDescending(v => v.VersionNumber).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
                if (prevId is { } p) previous = await ProvisionsAsync(p, ct);
            }
            result.Add(Build(facts, change.Summary, previous, current, null));

            var targets = await db.Relations.AsNoTracking()
                .Where(r => r.SourceDocumentId == document.Id && r.TargetDocumentId != null && ChangingRelations.Contains(r.Type))
                .Select(r => r.TargetDocumentId!.Value).Distinct().ToListAsync(ct);
            foreach (var targetId in targets.Where(t => t != document.Id))
            {
                if (await AmendedAsync(targetId, document, ct) is { } amended) result.Add(amended);
            }
        }
        else
        {
            result.Add(new DocumentChange(facts, change.Summary, [], [], null));
        }
        return result;
    }

    /// <summary>The change <paramref name="amender"/> made to <paramref name="targetId"/>'s consolidated text.</summary>
    private async Task<DocumentChange?> AmendedAsync(long targetId, LegalDocument amender, CancellationToken ct)
    {
        var target = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == targetId, ct);
        if (target is null) return null;
        var versions = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == targetId)
            .Select(v => new { v.Id, v.VersionNumber, v.ConsolidatedAsOf, v.ConsolidatedFrom }).ToListAsync(ct);
        var retrieved = versions.Where(v => v.ConsolidatedAsOf == null).MaxBy(v => v.VersionNumber);
        var dated = versions.Where(v => v.ConsolidatedAsOf != null).OrderBy(v => v.ConsolidatedAsOf).ToList();
        var title = $"{target.TypeName} {target.Number} được sửa đổi, bổ sung bởi {amender.TypeName} {amender.Number}".Trim();
        // The first dated version that applies this amender's instructions, against the text in force just before it.
        var first = dated.FindIndex(v => (v.ConsolidatedFrom ?? "").Split(';', StringSplitOptions.TrimEntries).Contains(amender.Number));
        if (first < 0 || retrieved is null) return new DocumentChange(Facts(target), title, [], [], amender.Number);
        var beforeId = first == 0 ? retrieved.Id : dated[first - 1].Id;
        var before = await ProvisionsAsync(beforeId, ct);
        var after = await ProvisionsAsync(dated[first].Id, ct);
        return Build(Facts(target), title, before, after, amender.Number);
    }

    private Task<List<Provision>> ProvisionsAsync(long versionId, CancellationToken ct) =>
        db.Provisions.AsNoTracking().Where(p => p.VersionId == versionId).OrderBy(p => p.Order).ToListAsync(ct);

    /// <summary>Aligns by stable id, diffs own texts (InlineDiff), and collects the articles/clauses holding the changes.</summary>
    public static DocumentChange Build(
        PercolatorDocument facts, string title, IReadOnlyList<Provision> before, IReadOnlyList<Provision> after, string? causedBy)
    {
        var old = before.ToDictionary(p => p.StableId, StringComparer.Ordinal);
        var now = after.ToDictionary(p => p.StableId, StringComparer.Ordinal);
        var units = new List<ChangedUnit>();
        foreach (var p in after)
        {
            if (!old.TryGetValue(p.StableId, out var o))
            {
                var text = Own(p);
                if (text.Length == 0) continue;
                var shown = before.Count == 0 && text.Length > NewTextSnippetChars ? text[..NewTextSnippetChars] + "…" : text;
                // A new document is shown as plain text; inside a changed document the added unit is marked as inserted.
                units.Add(new ChangedUnit(p.StableId, EntryOf(p, now), "Added",
                    before.Count == 0 ? InlineDiff.Encode(shown) : $"<ins>{InlineDiff.Encode(shown)}</ins>"));
            }
            else if (o.Text != p.Text || o.Heading != p.Heading)
            {
                units.Add(new ChangedUnit(p.StableId, EntryOf(p, now), "Changed", InlineDiff.Html(Own(o), Own(p))));
            }
        }
        foreach (var o in before.Where(o => !now.ContainsKey(o.StableId)))
        {
            if (Own(o).Length == 0) continue;
            units.Add(new ChangedUnit(o.StableId, EntryOf(o, old), "Removed", $"<del>{InlineDiff.Encode(Own(o))}</del>"));
        }

        // Like the index, both the clause and the article holding a change are entries: an article's heading and
        // text together often hold the words a clause alone lacks.
        var entryIds = units.Select(u => u.EntryId).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in units.ToList())
        {
            if (ArticleOf(unit.StableId) is { } article) entryIds.Add(article);
        }
        var entries = IndexedProvisionBuilder.FromStored(after).Where(e => entryIds.Contains(e.ProvisionId))
            .Select(e => new PercolatorProvision(e.ProvisionId, e.Label, e.Heading, e.Text, facts)).ToList();
        var present = entries.Select(e => e.ProvisionId).ToHashSet(StringComparer.Ordinal);
        // A removed article is matched on its old text: a reviewer searching for it wants to know it is gone.
        entries.AddRange(IndexedProvisionBuilder.FromStored(before)
            .Where(e => entryIds.Contains(e.ProvisionId) && !present.Contains(e.ProvisionId))
            .Select(e => new PercolatorProvision(e.ProvisionId, e.Label, e.Heading, e.Text, facts)));
        if (before.Count == 0 && facts.Title.Length > 0)
        {
            // As on /search, a new document is also found by its title.
            entries.Add(new PercolatorProvision("", "", null, facts.Title, facts));
        }
        return new DocumentChange(facts, title, units, entries, causedBy);
    }

    /// <summary>The nearest article or clause at or above a unit (chapters and sections are not index entries).</summary>
    private static string EntryOf(Provision p, Dictionary<string, Provision> all)
    {
        var current = p;
        while (current.Kind is not (ProvisionKind.Article or ProvisionKind.Clause))
        {
            if (current.ParentStableId is null || !all.TryGetValue(current.ParentStableId, out var parent)) return p.StableId;
            current = parent;
        }
        // A point's clause is the entry; a clause is its own entry.
        return current.StableId;
    }

    /// <summary>"chuong-2/dieu-12/khoan-3/diem-b" → "chuong-2/dieu-12".</summary>
    private static string? ArticleOf(string stableId)
    {
        var at = stableId.IndexOf("dieu-", StringComparison.Ordinal);
        if (at < 0) return null;
        var end = stableId.IndexOf('/', at);
        return end < 0 ? stableId : stableId[..end];
    }

    private static string Own(Provision p) =>
        string.IsNullOrWhiteSpace(p.Heading) ? p.Text.Trim() : $"{p.Heading.Trim()}\n{p.Text.Trim()}".Trim();

    public static PercolatorDocument Facts(LegalDocument d) => new(
        d.Id, d.Number, d.NormalizedNumber, d.Title, d.Type.ToString(), d.Issuer, d.Validity.ToString(), d.IssuedOn?.Year,
        d.Topics.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
