using LegalReview.Core.Documents;
using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using LegalReview.Web.Reviewing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Campaigns;

/// <summary>
/// One review item: its review sheet (phiếu rà soát) and the workflow buttons. Lead-only actions answer 403 to
/// others; everything else the workflow refuses comes back as a message.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class ItemModel(ReviewSheetService sheets, ReviewWorkflowService workflow) : PageModel
{
    /// <summary>Blank findings rows offered under the existing ones.</summary>
    public const int BlankRows = 2;

    public ReviewItem Item { get; private set; } = new();

    [BindProperty]
    public SheetForm Input { get; set; } = new();

    public string? Error { get; private set; }

    /// <summary>The other reviewer's saved sheet when this user's save conflicted.</summary>
    public ReviewSheet? Theirs { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public ReviewActor Actor => User.Actor();
    public bool CanEdit => Item.Status == ReviewItemStatus.InProgress
        && (Actor.IsLead || string.Equals(Item.AssignedTo, Actor.UserName, StringComparison.OrdinalIgnoreCase));
    public IReadOnlyList<ReviewAction> Actions => ReviewWorkflow.AvailableActions(Item, Actor);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = SheetForm.From(Item.Sheet);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long id, CancellationToken ct)
    {
        var result = await sheets.SaveAsync(id, Input.ToInput(), Actor, ct);
        if (result.Saved)
        {
            Message = "Đã lưu phiếu rà soát.";
            return Redirect($"/campaigns/items/{id}");
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Error = result.Error;
        if (result.IsConflict && result.Current is { } current)
        {
            // Keep the user's input on screen, now based on the other's version so a deliberate re-save wins.
            Theirs = current;
            Input.RowVersion = current.RowVersion;
            ModelState.Remove("Input.RowVersion");
        }

        return Page();
    }

    public Task<IActionResult> OnPostStartAsync(long id, int rowVersion, CancellationToken ct) =>
        ActAsync(id, ReviewAction.Start, null, rowVersion, ct);

    public Task<IActionResult> OnPostSubmitAsync(long id, int rowVersion, CancellationToken ct) =>
        ActAsync(id, ReviewAction.Submit, null, rowVersion, ct);

    public Task<IActionResult> OnPostApproveAsync(long id, string? comment, int rowVersion, CancellationToken ct) =>
        LeadOnly(() => ActAsync(id, ReviewAction.Approve, comment, rowVersion, ct));

    public Task<IActionResult> OnPostReturnAsync(long id, string? comment, int rowVersion, CancellationToken ct) =>
        LeadOnly(() => ActAsync(id, ReviewAction.Return, comment, rowVersion, ct));

    public Task<IActionResult> OnPostDismissAsync(long id, string? comment, int rowVersion, CancellationToken ct) =>
        LeadOnly(() => ActAsync(id, ReviewAction.Dismiss, comment, rowVersion, ct));

    public Task<IActionResult> OnPostReopenAsync(long id, string? comment, int rowVersion, CancellationToken ct) =>
        LeadOnly(() => ActAsync(id, ReviewAction.Reopen, comment, rowVersion, ct));

    private Task<IActionResult> LeadOnly(Func<Task<IActionResult>> action) =>
        Roles.IsLead(User) ? action() : Task.FromResult<IActionResult>(Forbid());

    private async Task<IActionResult> ActAsync(long id, ReviewAction action, string? comment, int rowVersion, CancellationToken ct)
    {
        var result = await workflow.ApplyAsync(id, action, Actor, comment, rowVersion, ct);
        if (result.Succeeded)
        {
            Message = $"Đã thực hiện: {ReviewNames.Of(action)}.";
            return Redirect($"/campaigns/items/{id}");
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Error = result.Error;
        Input = SheetForm.From(Item.Sheet);
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await sheets.LoadAsync(id, ct) is not { } item)
        {
            return false;
        }

        Item = item;
        return true;
    }

    /// <summary>The sheet form; rows include blank ones for new findings.</summary>
    public sealed class SheetForm
    {
        public string? ReviewingUnit { get; set; }
        public string? BasisDocuments { get; set; }
        public Validity? ValidityConclusion { get; set; }
        public string? Conclusion { get; set; }
        public ReviewRecommendation? Recommendation { get; set; }
        public string? CompetentBody { get; set; }
        public int RowVersion { get; set; }
        public List<RowForm> Rows { get; set; } = [];

        public static SheetForm From(ReviewSheet? sheet)
        {
            var form = new SheetForm
            {
                ReviewingUnit = sheet?.ReviewingUnit ?? "Phòng Nghiệp vụ I, Sở Tư pháp",
                BasisDocuments = sheet?.BasisDocuments,
                ValidityConclusion = sheet?.ValidityConclusion,
                Conclusion = sheet?.Conclusion,
                Recommendation = sheet?.Recommendation,
                CompetentBody = sheet?.CompetentBody,
                RowVersion = sheet?.RowVersion ?? 0,
                Rows = sheet?.Rows.Select(r => new RowForm
                {
                    Id = r.Id, ReviewedProvision = r.ReviewedProvision, BasisProvision = r.BasisProvision,
                    Assessment = r.Assessment, Reasoning = r.Reasoning, ProposedHandling = r.ProposedHandling,
                }).ToList() ?? [],
            };
            form.Rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new RowForm()));
            return form;
        }

        public ReviewSheetInput ToInput() => new(
            ReviewingUnit ?? "", BasisDocuments ?? "", ValidityConclusion, Conclusion ?? "", Recommendation,
            CompetentBody ?? "",
            Rows.Select(r => new ReviewSheetRowInput(
                r.Id, r.ReviewedProvision ?? "", r.BasisProvision ?? "", r.Assessment, r.Reasoning ?? "",
                r.ProposedHandling, r.Remove)).ToList(),
            RowVersion);
    }

    public sealed class RowForm
    {
        public long? Id { get; set; }
        public string? ReviewedProvision { get; set; }
        public string? BasisProvision { get; set; }
        public ReviewAssessment Assessment { get; set; }
        public string? Reasoning { get; set; }
        public ReviewRecommendation ProposedHandling { get; set; } = ReviewRecommendation.AmendSupplement;
        public bool Remove { get; set; }
    }
}
