using LegalReview.Data.Proposals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Proposals;

public sealed class IndexModel(ProposalService proposals) : PageModel
{
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Proposals = await proposals.ListAsync(ct);
}
