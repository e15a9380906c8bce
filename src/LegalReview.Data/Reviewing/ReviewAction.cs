namespace LegalReview.Data.Reviewing;

/// <summary>Workflow actions on a review item (see <see cref="ReviewWorkflow"/> for who may do what, from where).</summary>
public enum ReviewAction
{
    /// <summary>Bắt đầu rà soát (also resumes a returned item).</summary>
    Start,

    /// <summary>Trình duyệt.</summary>
    Submit,

    /// <summary>Phê duyệt (lead).</summary>
    Approve,

    /// <summary>Trả lại kèm ý kiến (lead).</summary>
    Return,

    /// <summary>Không cần rà soát (lead, before work started).</summary>
    Dismiss,

    /// <summary>Mở lại một mục đã duyệt hoặc đã bỏ qua (lead).</summary>
    Reopen,
}
