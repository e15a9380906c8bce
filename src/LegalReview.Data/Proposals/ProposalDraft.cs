using LegalReview.Core.Proposals;

namespace LegalReview.Data.Proposals;

/// <summary>The editable content of a draft as posted by the edit page.</summary>
public sealed record ProposalDraft(
    string Subject,
    string Addressees,
    string Occasion,
    string LegalBasis,
    string Recipients,
    IReadOnlyList<ProposalItemDraft> Items);

/// <summary>Edits of one existing item (by id).</summary>
public sealed record ProposalItemDraft(long Id, ProposalAction Action, string ProposedText, string Reasoning, string LinkedFindings);
