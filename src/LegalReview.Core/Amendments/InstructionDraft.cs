namespace LegalReview.Core.Amendments;

/// <summary>An instruction before source, target document and new text are attached.</summary>
internal sealed record InstructionDraft(
    AmendmentAction Action,
    ProvisionAddress Target,
    string? InsertAfter = null,
    string? OldPhrase = null,
    string? NewPhrase = null,
    PhraseAnchor Anchor = PhraseAnchor.None,
    string? AnchorPhrase = null,
    string? Problem = null)
{
    public bool NeedsText => Action is AmendmentAction.Amend or AmendmentAction.AmendHeading or AmendmentAction.InsertAfter
        or AmendmentAction.ReplaceAnnex;
}
