using LegalReview.Data.Findings;
using LegalReview.Web.Findings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Findings;

/// <summary>A finding: linked provisions, workflow buttons by role, link one more provision.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class DetailsModel(FindingService findings, FindingQueries queries, ProvisionResolver resolver) : PageModel
{
    public Finding Finding { get; private set; } = null!;
    public IReadOnlyList<LinkedProvisionView> Links { get; private set; } = [];
    public LinkedProvisionView? ResolutionDocument { get; private set; }
    public IReadOnlyList<(string Number, string Title)> Choices { get; private set; } = [];
    public bool MayDecide => ReviewActors.MayDecide(User);
    public string? Error { get; private set; }

    [TempData(Key = "FindingMessage")]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTransitionAsync(
        long id, int rowVersion, FindingTransition transition, string? note, long? proposalId, string? documentNumber, CancellationToken ct)
    {
        if (!ReviewActors.MayDecide(User))
        {
            return Forbid();
        }

        long? documentId = null;
        if (!string.IsNullOrWhiteSpace(documentNumber))
        {
            var (link, error) = await resolver.ResolveAsync(documentNumber, null, ct);
            if (error is not null)
            {
                return await FailAsync(id, error, ct);
            }

            documentId = link!.DocumentId;
        }

        var result = await findings.TransitionAsync(
            new FindingTransitionRequest(id, rowVersion, transition, note, proposalId, documentId), ReviewActors.From(User), ct);
        if (!result.Succeeded)
        {
            return await FailAsync(id, result.Error!, ct);
        }

        Message = $"Đã {FindingWorkflow.ActionName(transition)} phát hiện.";
        return Redirect($"/findings/{id}");
    }

    public async Task<IActionResult> OnPostAddProvisionAsync(long id, int rowVersion, string? number, string? provision, CancellationToken ct)
    {
        var (link, error) = await resolver.ResolveAsync(number ?? "", provision, ct);
        if (error is null)
        {
            var result = await findings.AddProvisionAsync(id, rowVersion, link!, ReviewActors.Name(User), ct);
            error = result.Error;
        }

        if (error is not null)
        {
            return await FailAsync(id, error, ct);
        }

        Message = "Đã liên kết thêm quy định.";
        return Redirect($"/findings/{id}");
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
        var finding = await findings.GetAsync(id, ct);
        if (finding is null)
        {
            return false;
        }

        Finding = finding;
        Links = await queries.ViewsAsync(finding.Provisions.Select(p => (p.DocumentId, p.StableId, p.Excerpt)), ct);
        if (finding.ResolutionDocumentId is { } documentId)
        {
            ResolutionDocument = (await queries.ViewsAsync([(documentId, "", null)], ct))[0];
        }

        Choices = await queries.DocumentChoicesAsync(ct);
        return true;
    }
}
