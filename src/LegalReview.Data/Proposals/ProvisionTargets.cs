using LegalReview.Core.Documents;
using LegalReview.Exports.Proposals;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Proposals;

/// <summary>
/// Resolves a selected provision to what a proposal item needs: the same unit in the document's latest version, its
/// full wording (children included) and its citation ("khoản 1 Điều 35 Bộ luật Lao động số 45/2019/QH14").
/// </summary>
internal static class ProvisionTargets
{
    public sealed record Target(long DocumentId, string StableId, string Citation, string Wording, string DocumentName, DocumentType Type, DateOnly? IssuedOn);

    public static async Task<Target> ResolveAsync(LegalReviewDbContext db, long provisionId, CancellationToken ct)
    {
        var selected = await db.Provisions.AsNoTracking()
            .Where(p => p.Id == provisionId)
            .Select(p => new { p.StableId, p.Version!.DocumentId })
            .FirstOrDefaultAsync(ct) ?? throw new ProposalWorkflowException($"Không tìm thấy quy định số {provisionId}.");
        return await ResolveAsync(db, selected.DocumentId, selected.StableId, ct);
    }

    /// <summary>The unit with this stable id in the document's latest version (findings address provisions this way).</summary>
    public static async Task<Target> ResolveAsync(LegalReviewDbContext db, long documentId, string stableId, CancellationToken ct)
    {
        var selected = new { StableId = stableId, DocumentId = documentId };
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == selected.DocumentId, ct)
            ?? throw new ProposalWorkflowException($"Không tìm thấy văn bản số {documentId}.");
        var latest = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == document.Id)
            .OrderByDescending(v => v.VersionNumber)
            .Select(v => v.Id)
            .FirstAsync(ct);

        var id = selected.StableId;
        var prefix = id + "/";
        var ancestors = Ancestors(id);
        var rows = await db.Provisions.AsNoTracking()
            .Where(p => p.VersionId == latest && (p.StableId == id || p.StableId.StartsWith(prefix) || ancestors.Contains(p.StableId)))
            .OrderBy(p => p.Order)
            .ToListAsync(ct);
        var unit = rows.Where(p => p.StableId == id || p.StableId.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (unit.Count == 0)
        {
            throw new ProposalWorkflowException($"Quy định {id} không còn trong phiên bản mới nhất của văn bản {document.Number}.");
        }

        var name = ProvisionWording.DocumentName(document.TypeName, document.Title, document.Number);
        var path = rows.Where(p => p.StableId == id || ancestors.Contains(p.StableId))
            .Where(p => p.Kind >= ProvisionKind.Article)
            .OrderBy(p => p.Depth)
            .Select(Unit)
            .ToList();
        return new Target(document.Id, id, ProvisionWording.Cite(path, name), ProvisionWording.Compose(unit.Select(Unit)), name, document.Type, document.IssuedOn);
    }

    /// <summary>"chuong-3/dieu-35/khoan-1" → "chuong-3", "chuong-3/dieu-35".</summary>
    private static List<string> Ancestors(string id)
    {
        var list = new List<string>();
        for (var i = id.IndexOf('/'); i > 0; i = id.IndexOf('/', i + 1)) list.Add(id[..i]);
        return list;
    }

    private static ProvisionUnit Unit(Provision p) => new(p.Kind, p.Label, p.Heading, p.Text);
}
