using LegalReview.Data.Practice;

namespace LegalReview.Web.Practice;

/// <summary>Vietnamese labels of the practice problems register.</summary>
public static class PracticeNames
{
    public static string Of(PracticeSourceKind kind) => kind switch
    {
        PracticeSourceKind.TradeUnion => "Tổ chức công đoàn",
        PracticeSourceKind.Enterprise => "Doanh nghiệp",
        PracticeSourceKind.Citizen => "Công dân",
        PracticeSourceKind.Agency => "Cơ quan nhà nước",
        _ => "Khác",
    };

    public static string Of(PracticeProblemStatus status) => status switch
    {
        PracticeProblemStatus.New => "Mới tiếp nhận",
        PracticeProblemStatus.UnderReview => "Đang xem xét",
        PracticeProblemStatus.ConvertedToFinding => "Đã chuyển thành phát hiện",
        PracticeProblemStatus.Closed => "Đã đóng",
        _ => status.ToString(),
    };
}
