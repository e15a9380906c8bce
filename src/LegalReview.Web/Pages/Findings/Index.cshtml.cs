using LegalReview.Data.Findings;
using LegalReview.Web.Findings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Findings;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class IndexModel(FindingService findings, FindingQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FindingStatus? Status { get; set; }

    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    public IReadOnlyDictionary<long, IReadOnlyList<LinkedProvisionView>> Links { get; private set; } =
        new Dictionary<long, IReadOnlyList<LinkedProvisionView>>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Findings = await findings.ListAsync(Status, ct);
        var views = new Dictionary<long, IReadOnlyList<LinkedProvisionView>>();
        foreach (var f in Findings)
        {
            views[f.Id] = await queries.ViewsAsync(f.Provisions.OrderBy(p => p.Order).Select(p => (p.DocumentId, p.StableId, (string?)null)), ct);
        }

        Links = views;
    }
}
