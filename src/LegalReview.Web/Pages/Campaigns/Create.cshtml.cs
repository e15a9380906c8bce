using LegalReview.Core.Documents;
using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using LegalReview.Web.Reviewing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Campaigns;

/// <summary>New campaign (lead): name, cut-off date, scope (explicit list, filters or search query), assignees.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.LeadPolicy)]
public sealed class CreateModel(
    CampaignService campaigns, ReviewQueries queries, UserAdministration users, TimeProvider time) : PageModel
{
    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public string? Error { get; private set; }
    public IReadOnlyList<LegalDocument> Documents { get; private set; } = [];
    public IReadOnlyList<string> Issuers { get; private set; } = [];
    public IReadOnlyList<string> Reviewers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Input.CutoffDate = new DateOnly(today.Year - 1, 12, 31);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || Input.CutoffDate is null)
        {
            Error = "Thông tin chưa hợp lệ: kiểm tra thời điểm rà soát (ngày) và các năm.";
            await LoadAsync(ct);
            return Page();
        }

        var draft = new CampaignDraft(
            Input.Name ?? "", Input.Description ?? "", Input.CutoffDate.Value, Input.ScopeKind, Input.Query,
            Input.Type, Input.Issuer, Input.Validity, Input.YearFrom, Input.YearTo, Input.DocumentIds, Input.Assignees);
        var (id, error) = await campaigns.CreateAsync(draft, User.Identity?.Name ?? "", ct);
        if (error is not null)
        {
            Error = error;
            await LoadAsync(ct);
            return Page();
        }

        return Redirect($"/campaigns/{id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Documents = await queries.DocumentsForPickingAsync(ct);
        Issuers = await queries.IssuersAsync(ct);
        Reviewers = (await users.UserNamesInRoleAsync(Roles.Reviewer))
            .Concat(await users.UserNamesInRoleAsync(Roles.Lead)).Distinct().ToList();
    }

    public sealed class CampaignInput
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public DateOnly? CutoffDate { get; set; }
        public CampaignScopeKind ScopeKind { get; set; } = CampaignScopeKind.Filters;
        public string? Query { get; set; }
        public DocumentType? Type { get; set; }
        public string? Issuer { get; set; }
        public Validity? Validity { get; set; }
        public int? YearFrom { get; set; }
        public int? YearTo { get; set; }
        public List<long> DocumentIds { get; set; } = [];
        public List<string> Assignees { get; set; } = [];
    }
}
