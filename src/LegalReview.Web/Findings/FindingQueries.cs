using LegalReview.Data;
using LegalReview.Data.Findings;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Findings;

/// <summary>Read helpers for the finding and problem pages: provision labels, document choices, typed rows.</summary>
public sealed class FindingQueries(LegalReviewDbContext db, ProvisionResolver resolver)
{
    public async Task<IReadOnlyList<LinkedProvisionView>> ViewsAsync(
        IEnumerable<(long DocumentId, string StableId, string? Excerpt)> links, CancellationToken ct)
    {
        var list = links.ToList();
        var ids = list.Select(l => l.DocumentId).Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => new { d.Number, d.Title }, ct);
        return list.Select(l =>
        {
            var d = documents.GetValueOrDefault(l.DocumentId);
            var url = l.StableId.Length == 0 ? $"/documents/{l.DocumentId}" : $"/documents/{l.DocumentId}/p/{l.StableId}";
            return new LinkedProvisionView(l.DocumentId, d?.Number ?? "?", d?.Title ?? "", l.StableId,
                ProvisionLabels.Describe(l.StableId), l.Excerpt, url);
        }).ToList();
    }

    /// <summary>Numbers and titles of all documents, for the number autocomplete (a datalist).</summary>
    public async Task<IReadOnlyList<(string Number, string Title)>> DocumentChoicesAsync(CancellationToken ct) =>
        (await db.Documents.AsNoTracking().OrderBy(d => d.Number).Select(d => new { d.Number, d.Title }).ToListAsync(ct))
        .Select(d => (d.Number, d.Title)).ToList();

    public async Task<(string Number, string StableId)?> DocumentNumberAsync(long documentId, string stableId, CancellationToken ct)
    {
        var number = await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.Number).FirstOrDefaultAsync(ct);
        return number is null ? null : (number, stableId);
    }

    /// <summary>Resolves the non-empty rows; the first wrong row gives the error.</summary>
    public async Task<(List<ProvisionLink> Links, string? Error)> ResolveRowsAsync(IEnumerable<ProvisionRow> rows, CancellationToken ct)
    {
        var links = new List<ProvisionLink>();
        foreach (var row in rows.Where(r => !r.IsEmpty))
        {
            var (link, error) = await resolver.ResolveAsync(row.Number ?? "", row.Provision, ct);
            if (error is not null)
            {
                return (links, error);
            }

            if (row.VersionId is { } v)
            {
                var (checkedLink, _, versionError) = await resolver.CheckAsync(link! with { VersionId = v }, ct);
                link = versionError is null ? checkedLink : link;
            }

            links.Add(link!);
        }

        return (links, null);
    }
}
