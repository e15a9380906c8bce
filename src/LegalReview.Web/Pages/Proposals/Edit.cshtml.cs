using LegalReview.Core.Diffing;
using LegalReview.Core.Proposals;
using LegalReview.Data.Proposals;
using LegalReview.Web.Accounts;
using LegalReview.Web.Proposals;
using LegalReview.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Proposals;

/// <summary>
/// One proposal: header and items (editable while a draft), redline of each item, workflow buttons for the user's
/// role, revisions with comparison, and the .docx download.
/// </summary>
public sealed class EditModel(ProposalService proposals, ProvisionChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty] public int RowVersion { get; set; }
    [BindProperty] public string Subject { get; set; } = "";
    [BindProperty] public string Addressees { get; set; } = "";
    [BindProperty] public string Occasion { get; set; } = "";
    [BindProperty] public string LegalBasis { get; set; } = "";
    [BindProperty] public string Recipients { get; set; } = "";
    [BindProperty] public List<ItemInput> Items { get; set; } = [];

    /// <summary>Revisions to compare (?from=1&amp;to=2).</summary>
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }

    public Proposal Proposal { get; private set; } = null!;
    public IReadOnlyList<ProposalCommand> AllowedSteps { get; private set; } = [];
    public IReadOnlyList<ProvisionChoice> AddChoices { get; private set; } = [];
    public ProposalRevisionComparison? Comparison { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }
    public bool Editable => ProposalWorkflow.CanEdit(Proposal.Status);

    public sealed class ItemInput
    {
        public long Id { get; set; }
        public ProposalAction Action { get; set; }
        public string ProposedText { get; set; } = "";
        public string Reasoning { get; set; } = "";
        public string LinkedFindings { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Shows the redlines of the posted wording without saving it.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        _keepInput = true;
        Message = "Xem trước: nội dung chưa được lưu.";
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => RunAsync(
        () => proposals.SaveDraftAsync(Id, RowVersion, new ProposalDraft(Subject, Addressees, Occasion, LegalBasis, Recipients,
            Items.Select(i => new ProposalItemDraft(i.Id, i.Action, i.ProposedText, i.Reasoning, i.LinkedFindings)).ToList()), UserName, ct),
        "Đã lưu dự thảo.", ct);

    public Task<IActionResult> OnPostAddAsync(long provisionId, CancellationToken ct) =>
        RunAsync(() => proposals.AddProvisionAsync(Id, RowVersion, provisionId, UserName, ct), "Đã thêm quy định vào kiến nghị.", ct);

    public Task<IActionResult> OnPostRemoveAsync(long itemId, CancellationToken ct) =>
        RunAsync(() => proposals.RemoveItemAsync(Id, RowVersion, itemId, UserName, ct), "Đã bỏ quy định khỏi kiến nghị.", ct);

    public Task<IActionResult> OnPostStepAsync(ProposalCommand command, string? note, string? numberSequence, DateOnly? sentOn,
        ProposalResponse? response, string? responseDocument, DateOnly? respondedOn, CancellationToken ct) => RunAsync(
        () => proposals.ApplyAsync(Id, RowVersion, command, new ProposalStepInput
        {
            Note = note, NumberSequence = numberSequence, SentOn = sentOn, Response = response, ResponseDocument = responseDocument, RespondedOn = respondedOn,
        }, UserName, Roles.IsLead(User), ct),
        $"Đã {ProposalWorkflow.CommandName(command)}.", ct);

    /// <summary>Redline of current → proposed wording (as in the form), sanitized for display.</summary>
    public string Redline(ProposalItem item)
    {
        var input = Items.FirstOrDefault(i => i.Id == item.Id);
        var action = input?.Action ?? item.Action;
        return HtmlSafety.Fragment(InlineDiff.Html(
            action == ProposalAction.IssueNew ? "" : item.CurrentText,
            action == ProposalAction.Repeal ? "" : input?.ProposedText ?? item.ProposedText));
    }

    private string UserName => User.Identity?.Name ?? "";

    private bool _keepInput;

    private async Task<IActionResult> RunAsync(Func<Task> action, string success, CancellationToken ct)
    {
        try
        {
            await action();
            TempData["ProposalMessage"] = success;
            return Redirect($"/proposals/{Id}");
        }
        catch (ProposalWorkflowException ex)
        {
            Error = ex.Message;
            _keepInput = true;
            return await LoadAsync(ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var proposal = await proposals.FindAsync(Id, ct);
        if (proposal is null) return false;
        Proposal = proposal;
        Message ??= TempData["ProposalMessage"] as string;
        AllowedSteps = ProposalWorkflow.Allowed(proposal.Status, Roles.IsLead(User));
        if (!_keepInput)
        {
            // After a refused post the user's input stays in the form; otherwise show what is stored.
            (RowVersion, Subject, Addressees, Occasion, LegalBasis, Recipients) =
                (proposal.RowVersion, proposal.Subject, proposal.Addressees, proposal.Occasion, proposal.LegalBasis, proposal.Recipients);
            Items = proposal.Items.Select(i => new ItemInput
            {
                Id = i.Id, Action = i.Action, ProposedText = i.ProposedText, Reasoning = i.Reasoning, LinkedFindings = i.LinkedFindings,
            }).ToList();
        }

        if (Editable && proposal.Items.FirstOrDefault(i => i.DocumentId != null)?.DocumentId is { } documentId)
        {
            AddChoices = (await choices.ForDocumentAsync(documentId, ct)).Choices;
        }

        if (From is { } from && To is { } to)
        {
            Comparison = await proposals.CompareAsync(Id, from, to, ct);
        }

        return true;
    }
}
