using LegalReview.Core.Documents;
using LegalReview.Data;
using LegalReview.Data.Proposals;
using LegalReview.Web.Proposals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Pages.Proposals;

/// <summary>"Tạo kiến nghị": pick a document, then the provisions (or arrive with ?provision=… preselected).</summary>
public sealed class CreateModel(ProposalService proposals, FindingProposalService fromFindings, ProvisionChoices choices, LegalReviewDbContext db) : PageModel
{
    /// <summary>Create from this finding: items from its provisions, the finding linked.</summary>
    [BindProperty(Name = "finding", SupportsGet = true)]
    public long? FindingId { get; set; }

    public LegalReview.Data.Findings.Finding? Finding { get; private set; }

    [BindProperty(Name = "document", SupportsGet = true)]
    public long? DocumentId { get; set; }

    [BindProperty(Name = "provision", SupportsGet = true)]
    public List<long> ProvisionIds { get; set; } = [];

    public LegalDocument? Document { get; private set; }
    public IReadOnlyList<ProvisionChoice> Choices { get; private set; } = [];
    public IReadOnlyList<LegalDocument> Documents { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var proposal = FindingId is { } findingId
                ? await fromFindings.CreateAsync(findingId, User.Identity?.Name ?? "", ct)
                : await proposals.CreateFromProvisionsAsync(ProvisionIds, User.Identity?.Name ?? "", ct);
            return Redirect($"/proposals/{proposal.Id}");
        }
        catch (ProposalWorkflowException ex)
        {
            Error = ex.Message;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (FindingId is { } findingId)
        {
            Finding = await db.Findings.AsNoTracking().Include(f => f.Provisions).FirstOrDefaultAsync(f => f.Id == findingId, ct);
            Error ??= Finding is null ? $"Không tìm thấy phát hiện số {findingId}." : null;
            return;
        }

        if (DocumentId is null && ProvisionIds.Count > 0)
        {
            DocumentId = await db.Provisions.Where(p => p.Id == ProvisionIds[0]).Select(p => (long?)p.Version!.DocumentId).FirstOrDefaultAsync(ct);
        }

        if (DocumentId is { } id)
        {
            (Document, Choices) = await choices.ForDocumentAsync(id, ct);
        }

        if (Document is null)
        {
            Documents = await db.Documents.AsNoTracking().OrderBy(d => d.Title).ToListAsync(ct);
        }
    }
}
