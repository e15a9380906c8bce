namespace LegalReview.Data.Proposals;

/// <summary>Where a proposal stands in its workflow (see <see cref="ProposalWorkflow"/>).</summary>
public enum ProposalStatus
{
    /// <summary>Dự thảo: the reviewer edits it.</summary>
    Draft,

    /// <summary>Chờ duyệt: submitted to the review lead.</summary>
    InReview,

    /// <summary>Đã duyệt: approved by the lead, ready to be numbered and sent.</summary>
    Approved,

    /// <summary>Đã gửi: sent to the competent authority with its number and date.</summary>
    Sent,

    /// <summary>Đã có phản hồi: the authority's answer is recorded.</summary>
    ResponseRecorded,

    /// <summary>Đã đóng.</summary>
    Closed,
}
