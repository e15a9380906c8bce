using LegalReview.Core.Proposals;
using LegalReview.Exports.Proposals;

namespace LegalReview.Exports.Tests;

/// <summary>A recommendation letter a reviewer might draft on khoản 1 Điều 35 of the Labour Code (sample corpus).</summary>
internal static class SampleLetters
{
    public static readonly DateTimeOffset Stamp = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static ExportSettings Settings { get; } = new() { SignerName = "Nguyễn Văn An" };

    public static ProposalLetterItem NoticePeriodItem()
    {
        var (current, citation) = SampleLaw.Provision(SampleLaw.LabourCode, "dieu-35/khoan-1");
        var proposed = current
            .Replace("c) Ít nhất 03 ngày làm việc", "c) Ít nhất 07 ngày làm việc", StringComparison.Ordinal)
            .Replace("quy định của Chính phủ.", "quy định của Chính phủ, nhưng không ít hơn thời hạn quy định tại điểm c khoản này.", StringComparison.Ordinal);
        return new ProposalLetterItem(
            citation,
            ProposalAction.Amend,
            current,
            proposed,
            "Thời hạn báo trước 03 ngày làm việc đối với hợp đồng lao động có thời hạn dưới 12 tháng quá ngắn để người sử dụng lao động bố trí người thay thế; qua theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh, nhiều doanh nghiệp phản ánh vướng mắc này.",
            ["Không còn phù hợp: điểm c khoản 1 Điều 35 chưa bảo đảm hài hòa quyền và lợi ích của các bên"]);
    }

    public static ProposalLetter Letter(params ProposalLetterItem[] items) => new()
    {
        Year = 2026,
        Subject = "kiến nghị sửa đổi, bổ sung Bộ luật Lao động số 45/2019/QH14",
        Addressees = ["Bộ Nội vụ"],
        Occasion = "Thực hiện Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật về quyền và nghĩa vụ của người lao động năm 2026, Sở Tư pháp tỉnh Lạng Sơn đã rà soát Bộ luật Lao động số 45/2019/QH14 và các văn bản quy định chi tiết thi hành.",
        LegalBasis =
        [
            "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, được sửa đổi, bổ sung bởi Luật số 87/2025/QH15",
            "Nghị định số 79/2025/NĐ-CP của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật",
        ],
        Items = items.Length == 0 ? [NoticePeriodItem()] : items,
        Recipients = ["Như trên", "Bộ Tư pháp (Cục Kiểm tra văn bản và Tổ chức thi hành pháp luật)", "UBND tỉnh (để b/c)", "Giám đốc Sở"],
        RevisionDate = Stamp,
    };
}
