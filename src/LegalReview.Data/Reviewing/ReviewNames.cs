using LegalReview.Core.Documents;

namespace LegalReview.Data.Reviewing;

/// <summary>Vietnamese labels of the review enums (one place for pages, messages and exports).</summary>
public static class ReviewNames
{
    public static string Of(ReviewItemStatus status) => status switch
    {
        ReviewItemStatus.Pending => "Chưa rà soát",
        ReviewItemStatus.InProgress => "Đang rà soát",
        ReviewItemStatus.Submitted => "Chờ duyệt",
        ReviewItemStatus.Returned => "Bị trả lại",
        ReviewItemStatus.Approved => "Đã duyệt",
        ReviewItemStatus.Dismissed => "Không cần rà soát",
        _ => status.ToString(),
    };

    public static string Of(ReviewAction action) => action switch
    {
        ReviewAction.Start => "Bắt đầu rà soát",
        ReviewAction.Submit => "Trình duyệt",
        ReviewAction.Approve => "Phê duyệt",
        ReviewAction.Return => "Trả lại",
        ReviewAction.Dismiss => "Không cần rà soát",
        ReviewAction.Reopen => "Mở lại",
        _ => action.ToString(),
    };

    public static string Of(ReviewAssessment assessment) => assessment switch
    {
        ReviewAssessment.Contradiction => "Mâu thuẫn",
        ReviewAssessment.Overlap => "Chồng chéo",
        ReviewAssessment.Expired => "Hết hiệu lực",
        ReviewAssessment.Unsuitable => "Không còn phù hợp",
        ReviewAssessment.Infeasible => "Không khả thi",
        ReviewAssessment.Unlawful => "Trái pháp luật (chuyển kiểm tra)",
        ReviewAssessment.MissingGuidance => "Thiếu quy định hướng dẫn",
        _ => assessment.ToString(),
    };

    public static string Of(ReviewRecommendation recommendation) => recommendation switch
    {
        ReviewRecommendation.Keep => "Giữ nguyên",
        ReviewRecommendation.AmendSupplement => "Sửa đổi, bổ sung",
        ReviewRecommendation.Replace => "Thay thế",
        ReviewRecommendation.RepealPart => "Bãi bỏ một phần",
        ReviewRecommendation.RepealWhole => "Bãi bỏ toàn bộ",
        ReviewRecommendation.IssueNew => "Ban hành mới",
        ReviewRecommendation.SuspendEffect => "Tạm ngưng hiệu lực",
        ReviewRecommendation.SuspendEnforcement => "Đình chỉ việc thi hành",
        ReviewRecommendation.AnnounceExpiry => "Công bố hết hiệu lực",
        _ => recommendation.ToString(),
    };

    public static string Of(Validity validity) => validity switch
    {
        Validity.InForce => "Còn hiệu lực",
        Validity.NotYetInForce => "Chưa có hiệu lực",
        Validity.PartlyExpired => "Hết hiệu lực một phần",
        Validity.Expired => "Hết hiệu lực toàn bộ",
        Validity.PartlySuspended => "Tạm ngưng hiệu lực một phần",
        Validity.Suspended => "Tạm ngưng hiệu lực toàn bộ",
        Validity.EnforcementSuspended => "Đình chỉ việc thi hành",
        _ => "Chưa xác định",
    };
}
