namespace LegalReview.Data.Findings;

/// <summary>
/// A workflow action on a finding. <see cref="RowVersion"/> is the version the user saw: a finding changed meanwhile is
/// a conflict, never overwritten. Resolve needs <see cref="ProposalId"/> or <see cref="DocumentId"/>.
/// </summary>
public sealed record FindingTransitionRequest(
    long FindingId,
    int RowVersion,
    FindingTransition Transition,
    string? Note = null,
    long? ProposalId = null,
    long? DocumentId = null);
