using LegalReview.Data.Findings;
using LegalReview.Exports.Lists;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Proposals;

/// <summary>
/// Creates a proposal from a finding. Its items are the finding's provisions in the document to amend: the one of
/// lowest legal force (a decree contradicting the Labour Code changes, not the Code), and among documents of equal
/// force the earliest (the later one prevails, DOMAIN.md §4). Provisions of the other documents are named in the
/// reasoning as the basis. The proposal keeps the finding's id, so each links to the other.
/// </summary>
public sealed class FindingProposalService(LegalReviewDbContext db, ProposalService proposals)
{
    public async Task<Proposal> CreateAsync(long findingId, string user, CancellationToken ct)
    {
        var finding = await db.Set<Finding>().AsNoTracking().Include(f => f.Provisions)
            .FirstOrDefaultAsync(f => f.Id == findingId, ct) ?? throw new ProposalWorkflowException($"Không tìm thấy phát hiện số {findingId}.");
        if (finding.Status == FindingStatus.Dismissed)
        {
            throw new ProposalWorkflowException("Phát hiện đã bị bác bỏ; không tạo kiến nghị từ phát hiện này.");
        }

        var existing = await db.Proposals.Where(p => p.FindingId == findingId && p.Status != ProposalStatus.Closed)
            .Select(p => (long?)p.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id) throw new ProposalWorkflowException($"Phát hiện này đã có kiến nghị số {id}.");
        if (finding.Provisions.Count == 0) throw new ProposalWorkflowException("Phát hiện chưa gắn quy định nào.");

        var resolved = new List<ProvisionTargets.Target>();
        foreach (var link in finding.Provisions.OrderBy(p => p.Order))
        {
            resolved.Add(await ProvisionTargets.ResolveAsync(db, link.DocumentId, link.StableId, ct));
        }

        var amended = resolved.OrderByDescending(t => Force(t.Type)).ThenBy(t => t.IssuedOn ?? DateOnly.MaxValue).First().DocumentId;
        var targets = resolved.Where(t => t.DocumentId == amended).ToList();
        var basis = resolved.Where(t => t.DocumentId != amended).Select(t => t.Citation).Distinct().ToList();
        var reasoning = finding.Reasoning.Trim();
        if (basis.Count > 0) reasoning = (reasoning + "\nQuy định liên quan: " + string.Join("; ", basis) + ".").Trim();
        var summary = $"{FindingTypeNames.Of(finding.Type)}: {finding.Title.Trim()}";
        return await proposals.CreateFromTargetsAsync(targets, user, finding.Id, summary, reasoning, ct);
    }

    /// <summary>Legal force for choosing the document to amend: a code (Bộ luật) has the force of a law (Law 64, Art. 4).</summary>
    private static int Force(Core.Documents.DocumentType type) =>
        Catalogues.Rank(type == Core.Documents.DocumentType.Code ? Core.Documents.DocumentType.Law : type);
}
