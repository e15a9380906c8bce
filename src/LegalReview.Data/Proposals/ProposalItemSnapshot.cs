using LegalReview.Core.Proposals;

namespace LegalReview.Data.Proposals;

/// <summary>One item of a <see cref="ProposalSnapshot"/>.</summary>
public sealed record ProposalItemSnapshot(
    string? ProvisionStableId,
    string TargetProvision,
    ProposalAction Action,
    string CurrentText,
    string ProposedText,
    string Reasoning,
    string LinkedFindings);
