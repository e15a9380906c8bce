namespace LegalReview.Data.Proposals;

/// <summary>A workflow step requested on a proposal.</summary>
public enum ProposalCommand
{
    Submit,
    Approve,
    Return,
    MarkSent,
    RecordResponse,
    Close,
}
