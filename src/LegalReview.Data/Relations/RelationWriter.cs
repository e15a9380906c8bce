using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;
using LegalReview.Core.Relations;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Relations;

/// <summary>
/// Stores the relations a document states (<see cref="RelationExtractor"/>) and links edges to stored documents by
/// normalized number, both ways: this document's targets, and earlier edges that named this document before it arrived.
/// </summary>
public sealed class RelationWriter(LegalReviewDbContext db)
{
    /// <summary>Replaces the parsed relations of <paramref name="document"/> (saved, with an id) and resolves targets; saves.</summary>
    public async Task StoreAsync(LegalDocument document, ParsedDocument parsed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(parsed);
        var old = await db.Relations
            .Where(r => r.SourceDocumentId == document.Id && r.Origin == RelationOrigin.Parsed).ToListAsync(ct);
        db.Relations.RemoveRange(old);

        var extracted = RelationExtractor.Extract(parsed);
        var numbers = extracted.Select(r => r.TargetNormalizedNumber).Distinct().ToList();
        var known = await ResolveAsync(numbers, ct);
        foreach (var relation in extracted)
        {
            relation.SourceDocumentId = document.Id;
            relation.TargetDocumentId = known.GetValueOrDefault(relation.TargetNormalizedNumber);
            db.Relations.Add(relation);
        }

        // A source site may list what the text states too: the parsed edge (with its provisions) replaces the crawled one.
        var parsedKeys = extracted.Select(r => $"{r.Type}|{r.TargetNormalizedNumber}").ToHashSet(StringComparer.Ordinal);
        var crawled = await db.Relations
            .Where(r => r.SourceDocumentId == document.Id && r.Origin == RelationOrigin.Crawled).ToListAsync(ct);
        db.Relations.RemoveRange(crawled.Where(r => parsedKeys.Contains($"{r.Type}|{r.TargetNormalizedNumber}")));

        // Edges written before this document was imported now find it.
        var waiting = await db.Relations
            .Where(r => r.TargetDocumentId == null && r.TargetNormalizedNumber == document.NormalizedNumber)
            .ToListAsync(ct);
        foreach (var relation in waiting)
        {
            relation.TargetDocumentId = document.Id;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Document id per normalized number, for numbers held by exactly one stored document.</summary>
    private async Task<Dictionary<string, long?>> ResolveAsync(IReadOnlyList<string> numbers, CancellationToken ct)
    {
        if (numbers.Count == 0) return [];
        var rows = await db.Documents.AsNoTracking()
            .Where(d => numbers.Contains(d.NormalizedNumber))
            .Select(d => new { d.Id, d.NormalizedNumber })
            .ToListAsync(ct);
        // Provincial numbers repeat across issuers: an ambiguous number is left unresolved rather than guessed.
        return rows.GroupBy(r => r.NormalizedNumber).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => (long?)g.Single().Id, StringComparer.Ordinal);
    }
}
