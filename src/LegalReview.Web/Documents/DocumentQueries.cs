using LegalReview.Core.Documents;
using LegalReview.Data;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Documents;

/// <summary>Read-side queries of the document pages.</summary>
public sealed class DocumentQueries(LegalReviewDbContext db)
{
    // The document page runs these on every request; compiled once, they skip EF's per-call expression-tree lookup.
    // A compiled query is bound to the first model it runs with: fine in the web app, which runs one provider (the
    // data layer, whose tests run both providers in one process, has none).
    private static readonly Func<LegalReviewDbContext, long, CancellationToken, Task<LegalDocument?>> DocumentById =
        EF.CompileAsyncQuery((LegalReviewDbContext c, long id, CancellationToken ct) => c.Documents.AsNoTracking().SingleOrDefault(d => d.Id == id));

    private static readonly Func<LegalReviewDbContext, long, IAsyncEnumerable<EnactingBasis>> BasesOf =
        EF.CompileAsyncQuery<LegalReviewDbContext, long, EnactingBasis>((LegalReviewDbContext c, long id) =>
            c.EnactingBases.AsNoTracking().Where(b => b.DocumentId == id).OrderBy(b => b.Order));

    private static readonly Func<LegalReviewDbContext, long, IAsyncEnumerable<VersionRow>> VersionsOf =
        EF.CompileAsyncQuery<LegalReviewDbContext, long, VersionRow>((LegalReviewDbContext c, long id) =>
            c.DocumentVersions.AsNoTracking()
                .Where(v => v.DocumentId == id)
                .OrderByDescending(v => v.VersionNumber)
                .Select(v => new VersionRow(v.Id, v.TextSha256, new VersionSummary(
                    v.VersionNumber, v.RetrievedAt, v.Source, v.FileName, v.Sha256, v.Provisions.Count, v.ConsolidatedAsOf))));

    // An amended code has hundreds of applied records; the page shows only those a reviewer must look at (unresolved,
    // or applied with a remark, such as a described-content repeal whose words were kept), and the notes of the
    // applied ones only on a consolidated version.
    private static readonly Func<LegalReviewDbContext, long, IAsyncEnumerable<InstructionRecord>> ToReviewOf =
        EF.CompileAsyncQuery<LegalReviewDbContext, long, InstructionRecord>((LegalReviewDbContext c, long id) =>
            c.InstructionRecords.AsNoTracking()
                .Where(r => r.BaseDocumentId == id && (r.Status == "Unresolved" || (r.Status == "Applied" && r.Reason != null)))
                .OrderBy(r => r.Id));

    private static readonly Func<LegalReviewDbContext, long, IAsyncEnumerable<InstructionRecord>> NotedOf =
        EF.CompileAsyncQuery<LegalReviewDbContext, long, InstructionRecord>((LegalReviewDbContext c, long id) =>
            c.InstructionRecords.AsNoTracking()
                .Where(r => r.BaseDocumentId == id && r.Status == "Applied" && r.ProvisionId != null && r.Note != null)
                .OrderBy(r => r.Id));

    private static readonly Func<LegalReviewDbContext, long, IAsyncEnumerable<Provision>> ProvisionsOf =
        EF.CompileAsyncQuery<LegalReviewDbContext, long, Provision>((LegalReviewDbContext c, long versionId) =>
            c.Provisions.AsNoTracking().Where(p => p.VersionId == versionId).OrderBy(p => p.Order));

    public async Task<DocumentListPage> ListAsync(DocumentListQuery query, CancellationToken ct)
    {
        var documents = db.Documents.AsNoTracking();
        if (query.Type is { } type)
        {
            documents = documents.Where(d => d.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Issuer))
        {
            documents = documents.Where(d => d.Issuer == query.Issuer);
        }

        if (query.Validity is { } validity)
        {
            documents = documents.Where(d => d.Validity == validity);
        }

        documents = (query.Sort, query.Descending) switch
        {
            (DocumentListQuery.SortNumber, false) => documents.OrderBy(d => d.NormalizedNumber),
            (DocumentListQuery.SortNumber, true) => documents.OrderByDescending(d => d.NormalizedNumber),
            (DocumentListQuery.SortTitle, false) => documents.OrderBy(d => d.Title),
            (DocumentListQuery.SortTitle, true) => documents.OrderByDescending(d => d.Title),
            (_, false) => documents.OrderBy(d => d.IssuedOn).ThenBy(d => d.Id),
            _ => documents.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id),
        };

        var total = await documents.CountAsync(ct);
        var pageCount = Math.Max(1, (total + DocumentListQuery.PageSize - 1) / DocumentListQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var items = await documents
            .Skip((page - 1) * DocumentListQuery.PageSize)
            .Take(DocumentListQuery.PageSize)
            .Select(d => new DocumentListItem(
                d.Id, d.Number, d.TypeName, d.Type, d.Title, d.Issuer, d.IssuedOn, d.EffectiveOn, d.Validity,
                d.Versions.Count))
            .ToListAsync(ct);
        var issuers = await db.Documents.Select(d => d.Issuer).Distinct().OrderBy(i => i).ToListAsync(ct);
        return new DocumentListPage(items, total, page, pageCount, issuers);
    }

    /// <returns>The document at <paramref name="versionNumber"/> (latest when null), or null when either is unknown.</returns>
    public Task<DocumentDetails?> GetAsync(long id, int? versionNumber, CancellationToken ct) => GetAsync(id, versionNumber, null, ct);

    /// <summary>
    /// As <see cref="GetAsync(long, int?, CancellationToken)"/>; with <paramref name="asOf"/> (and no version) the text
    /// in force on that date: the newest consolidated version dated on or before it, else the latest retrieved one.
    /// The provisions are not loaded: the page takes its body from <see cref="DocumentBodyCache"/> and loads them
    /// (<see cref="ProvisionsAsync"/>) only when the body is not cached.
    /// </summary>
    public async Task<DocumentDetails?> GetAsync(long id, int? versionNumber, DateOnly? asOf, CancellationToken ct)
    {
        var document = await DocumentById(db, id, ct);
        if (document is null)
        {
            return null;
        }

        var bases = await ToListAsync(BasesOf(db, id), ct);
        var versions = await ToListAsync(VersionsOf(db, id), ct);
        var latestRetrieved = versions.FirstOrDefault(v => !v.Summary.IsConsolidated);
        var chosen = versionNumber is not null
            ? versions.FirstOrDefault(v => v.Summary.VersionNumber == versionNumber)
            : asOf is { } date
                ? versions.Where(v => v.Summary.ConsolidatedAsOf <= date).MaxBy(v => v.Summary.ConsolidatedAsOf) ?? latestRetrieved
                : latestRetrieved;
        if (chosen is null)
        {
            return null;
        }

        var notes = chosen.Summary.ConsolidatedAsOf is { } upTo
            ? (await ToListAsync(NotedOf(db, id), ct)).Where(r => r.EffectiveOn == null || r.EffectiveOn <= upTo)
                .GroupBy(r => r.ProvisionId!).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Note!).ToList())
            : [];
        return new DocumentDetails(document, bases, versions.Select(v => v.Summary).ToList(), chosen.Summary, chosen.Id)
        {
            TextSha256 = chosen.TextSha256,
            VersionNumbers = versions.ToDictionary(v => v.Id, v => v.Summary.VersionNumber),
            AsOf = versionNumber is null ? asOf : null,
            InstructionsToReview = await ToListAsync(ToReviewOf(db, id), ct),
            Notes = notes,
        };
    }

    /// <summary>The provisions of one version in document order.</summary>
    public Task<List<Provision>> ProvisionsAsync(long versionId, CancellationToken ct) => ToListAsync(ProvisionsOf(db, versionId), ct);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(ct))
        {
            list.Add(item);
        }

        return list;
    }

    private sealed record VersionRow(long Id, string TextSha256, VersionSummary Summary);
}
