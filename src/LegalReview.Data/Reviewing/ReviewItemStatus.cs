namespace LegalReview.Data.Reviewing;

/// <summary>Where a review item is in the workflow; transitions are defined by <see cref="ReviewWorkflow"/>.</summary>
public enum ReviewItemStatus
{
    /// <summary>Chưa rà soát.</summary>
    Pending,

    /// <summary>Đang rà soát: the reviewer fills in the review sheet.</summary>
    InProgress,

    /// <summary>Chờ duyệt: submitted to the lead.</summary>
    Submitted,

    /// <summary>Bị trả lại: the lead returned it with comments.</summary>
    Returned,

    /// <summary>Đã duyệt: the lead approved the sheet.</summary>
    Approved,

    /// <summary>Không cần rà soát: the lead closed a (triggered) item that needs no review.</summary>
    Dismissed,
}
