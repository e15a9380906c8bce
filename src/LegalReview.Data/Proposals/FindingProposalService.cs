using LegalReview.Data.Findings;
using LegalReview.Exports.Lists;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Proposals;

/// <summary>
/// Creates a proposal from a finding. Its items are the finding's provisions in the document of lowest legal force —
/// the one to amend (a decree contradicting the Labour Code is what changes, not the Code); provisions of the other
/// documents are named in the reasoning as the basis. The proposal keeps the finding's id, so each links to the other.
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

        var weakest = resolved.Max(t => Catalogues.Rank(t.Type));
        var targets = resolved.Where(t => Catalogues.Rank(t.Type) == weakest).ToList();
        var basis = resolved.Where(t => Catalogues.Rank(t.Type) != weakest).Select(t => t.Citation).ToList();
        // All of the same force (two laws): every provision becomes an item and the reviewer removes the one to keep.
        var reasoning = finding.Reasoning.Trim();
        if (basis.Count > 0) reasoning = (reasoning + "\nQuy định liên quan: " + string.Join("; ", basis) + ".").Trim();
        var summary = $"{FindingTypeNames.Of(finding.Type)}: {finding.Title.Trim()}";
        return await proposals.CreateFromTargetsAsync(targets, user, finding.Id, summary, reasoning, ct);
    }
}
