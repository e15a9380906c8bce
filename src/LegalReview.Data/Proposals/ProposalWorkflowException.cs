namespace LegalReview.Data.Proposals;

/// <summary>A workflow step or edit the proposal's state or the user's role does not allow; the message is for the user.</summary>
public sealed class ProposalWorkflowException(string message) : InvalidOperationException(message);
