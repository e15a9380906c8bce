using LegalReview.Core.Documents;
using LegalReview.Data;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Relations;

/// <summary>Read side of relations: outgoing edges (this document states them) and incoming ones (others state them).</summary>
public sealed class RelationQueries(LegalReviewDbContext db)
{
    /// <returns>Null when the document is unknown.</returns>
    public async Task<DocumentRelations?> GetAsync(long id, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return null;
        var outgoing = await db.Relations.AsNoTracking().Where(r => r.SourceDocumentId == id).ToListAsync(ct);
        var incoming = await db.Relations.AsNoTracking().Where(r => r.TargetDocumentId == id).ToListAsync(ct);
        var otherIds = outgoing.Select(r => r.TargetDocumentId).OfType<long>().Concat(incoming.Select(r => r.SourceDocumentId)).Distinct().ToList();
        var others = await db.Documents.AsNoTracking().Where(d => otherIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Number, d.Title }).ToDictionaryAsync(d => d.Id, ct);
        var edges = new List<RelationEdge>();
        foreach (var r in outgoing)
        {
            var other = r.TargetDocumentId is { } t ? others.GetValueOrDefault(t) : null;
            edges.Add(new RelationEdge(r.Type, false, r.TargetDocumentId, other?.Number ?? r.TargetNumber,
                other?.Title ?? r.TargetTitle, r.SourceProvisionId, r.TargetProvisionId, r.Origin));
        }
        foreach (var r in incoming)
        {
            var other = others.GetValueOrDefault(r.SourceDocumentId);
            edges.Add(new RelationEdge(r.Type, true, r.SourceDocumentId, other?.Number ?? "?", other?.Title ?? "",
                r.SourceProvisionId, r.TargetProvisionId, r.Origin));
        }
        return new DocumentRelations(document, edges);
    }
}
