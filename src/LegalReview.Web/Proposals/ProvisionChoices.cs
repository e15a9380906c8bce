using LegalReview.Core.Documents;
using LegalReview.Data;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Proposals;

/// <summary>Articles, clauses and points of a document's latest version, for picking the targets of a proposal.</summary>
public sealed class ProvisionChoices(LegalReviewDbContext db)
{
    public async Task<(LegalDocument? Document, IReadOnlyList<ProvisionChoice> Choices)> ForDocumentAsync(long documentId, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null) return (null, []);
        var versionId = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == documentId)
            .OrderByDescending(v => v.VersionNumber).Select(v => v.Id).FirstOrDefaultAsync(ct);
        var rows = await db.Provisions.AsNoTracking()
            .Where(p => p.VersionId == versionId && p.Kind >= ProvisionKind.Article && p.Kind <= ProvisionKind.Point)
            .OrderBy(p => p.Order)
            .Select(p => new { p.Id, p.Kind, p.Label, p.Heading, p.Text })
            .ToListAsync(ct);
        var choices = new List<ProvisionChoice>(rows.Count);
        string article = "", clause = "";
        foreach (var p in rows)
        {
            string label;
            switch (p.Kind)
            {
                case ProvisionKind.Article:
                    article = "Điều " + p.Label;
                    clause = "";
                    label = article;
                    break;
                case ProvisionKind.Clause:
                    clause = "khoản " + p.Label;
                    label = $"{article} › {clause}";
                    break;
                default:
                    label = $"{article} › {clause} › điểm {p.Label}";
                    break;
            }

            var text = p.Heading ?? p.Text;
            choices.Add(new ProvisionChoice(p.Id, label, text.Length > 90 ? text[..90] + "…" : text));
        }

        return (document, choices);
    }
}
