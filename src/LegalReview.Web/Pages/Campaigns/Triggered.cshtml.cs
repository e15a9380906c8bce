using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using LegalReview.Web.Reviewing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Campaigns;

/// <summary>
/// Rà soát phát sinh: the standing queue of items opened by the graph rules when a new document amends, replaces,
/// repeals … a stored one (or one cited as legal basis). Leads can run the check now instead of waiting for the job.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class TriggeredModel(ReviewQueries queries, ReviewTriggerService triggers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<ReviewItemRow> Items { get; private set; } = [];
    public bool IsLead { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsLead = Roles.IsLead(User);
        Items = await queries.TriggeredAsync(All, ct);
    }

    /// <summary>Lead: process new change events now.</summary>
    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (!Roles.IsLead(User))
        {
            return Forbid();
        }

        var opened = await triggers.ProcessPendingAsync(ct);
        Message = opened == 0 ? "Không có văn bản mới cần rà soát." : $"Đã mở {opened} mục rà soát mới.";
        return Redirect("/campaigns/triggered");
    }
}
