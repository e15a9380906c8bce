using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using LegalReview.Web.Reviewing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Campaigns;

/// <summary>One campaign: scope, progress bar, per-reviewer workload and its review items (leads reassign).</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class DetailsModel(ReviewQueries queries, CampaignService campaigns) : PageModel
{
    public ReviewCampaign Campaign { get; private set; } = new();
    public CampaignProgress Progress { get; private set; } = CampaignProgress.From([]);
    public IReadOnlyList<ReviewerWorkload> Workload { get; private set; } = [];
    public IReadOnlyList<ReviewItemRow> Items { get; private set; } = [];
    public bool IsLead { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await queries.CampaignAsync(id, ct) is not { } campaign)
        {
            return NotFound();
        }

        Campaign = campaign;
        IsLead = Roles.IsLead(User);
        Progress = await campaigns.ProgressAsync(id, ct);
        Workload = await campaigns.WorkloadAsync(id, ct);
        Items = await queries.CampaignItemsAsync(id, ct);
        return Page();
    }

    /// <summary>Lead: give an item to another reviewer.</summary>
    public async Task<IActionResult> OnPostAssignAsync(long id, long itemId, string? reviewer, CancellationToken ct)
    {
        if (!Roles.IsLead(User))
        {
            return Forbid();
        }

        Message = await campaigns.AssignAsync(itemId, reviewer, ct) ?? "Đã giao lại văn bản.";
        return Redirect($"/campaigns/{id}");
    }

    public string ScopeText => Campaign.ScopeKind switch
    {
        CampaignScopeKind.ExplicitList => "Danh sách văn bản chọn trực tiếp",
        CampaignScopeKind.SearchQuery => $"Theo truy vấn “{Campaign.ScopeQuery}”" + FilterText(),
        _ => "Theo bộ lọc" + FilterText(),
    };

    private string FilterText()
    {
        var parts = new List<string>();
        if (Campaign.ScopeType is { } t) parts.Add(LegalReview.Web.Documents.DisplayNames.Of(t));
        if (Campaign.ScopeIssuer is { } i) parts.Add(i);
        if (Campaign.ScopeValidity is { } v) parts.Add(ReviewNames.Of(v));
        if (Campaign.ScopeYearFrom is not null || Campaign.ScopeYearTo is not null)
            parts.Add($"năm {Campaign.ScopeYearFrom?.ToString() ?? "…"}–{Campaign.ScopeYearTo?.ToString() ?? "…"}");
        return parts.Count == 0 ? "" : ": " + string.Join(", ", parts);
    }
}
