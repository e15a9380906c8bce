using LegalReview.Data.Findings;
using LegalReview.Data.Practice;
using LegalReview.Web.Findings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Problems;

/// <summary>One practice problem: change its status or turn it into a finding.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class DetailsModel(PracticeProblemService problems, FindingQueries queries) : PageModel
{
    public PracticeProblem Problem { get; private set; } = null!;
    public IReadOnlyList<LinkedProvisionView> Links { get; private set; } = [];
    public IReadOnlyList<(string Number, string Title)> Choices { get; private set; } = [];
    public string? Error { get; private set; }

    [BindProperty]
    public List<ProvisionRow> Rows { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(long id, int rowVersion, PracticeProblemStatus status, CancellationToken ct)
    {
        var error = await problems.SetStatusAsync(id, rowVersion, status, ct);
        return error is null ? Redirect($"/problems/{id}") : await FailAsync(id, error, ct);
    }

    public async Task<IActionResult> OnPostConvertAsync(
        long id, int rowVersion, string? title, FindingType type, FindingSeverity severity, string? legalBasis, CancellationToken ct)
    {
        var (extra, error) = await queries.ResolveRowsAsync(Rows, ct);
        if (error is null)
        {
            var result = await problems.ConvertToFindingAsync(
                id, rowVersion, title ?? "", type, severity, legalBasis ?? "", extra, ReviewActors.Name(User), ct);
            if (result.Succeeded)
            {
                TempData["FindingMessage"] = "Đã chuyển vướng mắc thành phát hiện.";
                return Redirect($"/findings/{result.Finding!.Id}");
            }

            error = result.Error;
        }

        return await FailAsync(id, error!, ct);
    }

    private async Task<IActionResult> FailAsync(long id, string error, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var problem = await problems.GetAsync(id, ct);
        if (problem is null)
        {
            return false;
        }

        Problem = problem;
        Links = await queries.ViewsAsync(problem.Provisions.Select(p => (p.DocumentId, p.StableId, (string?)null)), ct);
        Choices = await queries.DocumentChoicesAsync(ct);
        while (Rows.Count < 2)
        {
            Rows.Add(new ProvisionRow());
        }

        return true;
    }
}
