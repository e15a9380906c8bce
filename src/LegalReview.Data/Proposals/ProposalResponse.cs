namespace LegalReview.Data.Proposals;

/// <summary>How the competent authority answered the recommendation.</summary>
public enum ProposalResponse
{
    /// <summary>Tiếp thu toàn bộ.</summary>
    Accepted,

    /// <summary>Tiếp thu một phần.</summary>
    PartlyAccepted,

    /// <summary>Không tiếp thu.</summary>
    Rejected,
}
