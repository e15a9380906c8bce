using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using LegalReview.Web.Reviewing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Campaigns;

/// <summary>Review campaigns with their progress, and the signed-in user's own open work.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class IndexModel(ReviewQueries queries, CampaignService campaigns) : PageModel
{
    public IReadOnlyList<ReviewCampaign> Campaigns { get; private set; } = [];
    public IReadOnlyDictionary<long, CampaignProgress> Progress { get; private set; } = new Dictionary<long, CampaignProgress>();
    public IReadOnlyList<ReviewItemRow> MyWork { get; private set; } = [];
    public bool IsLead { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsLead = Roles.IsLead(User);
        Campaigns = await queries.CampaignsAsync(ct);
        Progress = await campaigns.AllProgressAsync(ct);
        MyWork = await queries.MyWorkAsync(User.Identity?.Name ?? "", IsLead, ct);
    }

    public CampaignProgress ProgressOf(long id) =>
        Progress.TryGetValue(id, out var p) ? p : CampaignProgress.From([]);
}
