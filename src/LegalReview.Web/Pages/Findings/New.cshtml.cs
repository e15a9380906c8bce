using System.ComponentModel.DataAnnotations;
using LegalReview.Data.Findings;
using LegalReview.Web.Findings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Findings;

/// <summary>Create a finding: pick provisions from any documents by number + provision id.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class NewModel(FindingService findings, FindingQueries queries) : PageModel
{
    private const int RowCount = 4;

    [BindProperty]
    public FindingInput Input { get; set; } = new();

    [BindProperty]
    public List<ProvisionRow> Rows { get; set; } = [];

    public IReadOnlyList<(string Number, string Title)> Choices { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>?doc=&amp;p=&amp;v= from "Thêm vào phát hiện" on a document page fills the first row.</summary>
    public async Task OnGetAsync(long? doc, string? p, long? v, CancellationToken ct)
    {
        if (doc is { } documentId && await queries.DocumentNumberAsync(documentId, p ?? "", ct) is { } first)
        {
            Rows.Add(new ProvisionRow { Number = first.Number, Provision = first.StableId, VersionId = v });
        }

        await FillAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (links, error) = await queries.ResolveRowsAsync(Rows, ct);
        if (error is null && ModelState.IsValid)
        {
            var result = await findings.CreateAsync(
                new NewFinding(Input.Title ?? "", Input.Type, Input.Severity, Input.Reasoning ?? "", Input.LegalBasis ?? "", links),
                ReviewActors.Name(User), ct);
            if (result.Succeeded)
            {
                TempData["FindingMessage"] = "Đã tạo phát hiện.";
                return Redirect($"/findings/{result.Finding!.Id}");
            }

            error = result.Error;
        }

        Error = error ?? "Hãy điền đủ các trường bắt buộc.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        while (Rows.Count < RowCount)
        {
            Rows.Add(new ProvisionRow());
        }

        Choices = await queries.DocumentChoicesAsync(ct);
    }

    public sealed class FindingInput
    {
        [Required, MaxLength(500)]
        public string? Title { get; set; }

        public FindingType Type { get; set; } = FindingType.Contradiction;
        public FindingSeverity Severity { get; set; } = FindingSeverity.Medium;

        [Required, MaxLength(8000)]
        public string? Reasoning { get; set; }

        [MaxLength(2000)]
        public string? LegalBasis { get; set; }
    }
}
