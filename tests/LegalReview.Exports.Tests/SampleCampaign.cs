using LegalReview.Core.Documents;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;
using LegalReview.Exports.Lists;

namespace LegalReview.Exports.Tests;

/// <summary>
/// A campaign over the sample corpus as the review sheets conclude it at the cut-off date 31/12/2025: metadata and
/// text come from the real files; the conclusions (validity, expiry, handling) are the reviewer's, stated here the
/// way review sheets record them. Partial expiries are the repeals in the sample amending laws themselves.
/// </summary>
internal static class SampleCampaign
{
    public static readonly DateOnly Cutoff = new(2025, 12, 31);

    /// <summary>Review-sheet conclusions by document number.</summary>
    private static readonly Dictionary<string, Func<CatalogueDocument, CatalogueDocument>> Conclusions = new()
    {
        ["45/2019/QH14"] = d => d with
        {
            Validity = Validity.InForce,
            Handling = "Sửa đổi, bổ sung",
            HandlingProvisions = "Điểm c khoản 1 Điều 35",
            HandlingReason = "Thời hạn báo trước 03 ngày làm việc không còn phù hợp",
            LeadBody = "Bộ Nội vụ",
            HandlingDeadline = "Năm 2026",
        },
        ["84/2015/QH13"] = d => d with { Validity = Validity.InForce },
        ["69/2020/QH14"] = d => d with { Validity = Validity.InForce },
        ["38/2013/QH13"] = d => d with { Validity = Validity.InForce, Notes = "Được thay thế bởi Luật Việc làm số 74/2025/QH15 kể từ ngày 01/01/2026" },
        ["58/2014/QH13"] = d => d with { Validity = Validity.Expired, ExpiredOn = new DateOnly(2025, 7, 1), ExpiryReason = "Được thay thế bởi Luật Bảo hiểm xã hội số 41/2024/QH15" },
        ["12/2012/QH13"] = d => d with { Validity = Validity.Expired, ExpiredOn = new DateOnly(2025, 7, 1), ExpiryReason = "Được thay thế bởi Luật Công đoàn số 50/2024/QH15" },
        ["28/2004/QH11"] = d => d with { Validity = Validity.Expired, ExpiredOn = new DateOnly(2025, 2, 1), ExpiryReason = "Được thay thế bởi Luật Điện lực số 61/2024/QH15" },
        ["25/2008/QH12"] = d => d with
        {
            Validity = Validity.PartlyExpired,
            ExpiredOn = new DateOnly(2015, 1, 1),
            ExpiredProvisions = "Điểm b khoản 1 Điều 21; khoản 10 và khoản 12 Điều 23",
            ExpiryReason = "Bị bãi bỏ bởi khoản 14 và khoản 16 Điều 1 Luật số 46/2014/QH13",
        },
        ["58/2010/QH12"] = d => d with
        {
            Validity = Validity.PartlyExpired,
            ExpiredOn = new DateOnly(2020, 7, 1),
            ExpiredProvisions = "Điểm c khoản 1 Điều 32",
            ExpiryReason = "Bị bãi bỏ bởi khoản 22 Điều 2 Luật số 52/2019/QH14",
        },
    };

    private static readonly string[] Files =
    [
        "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt",
        "laws/docx/luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx",
        "laws/luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt",
        "laws/luat-cong-doan-2012_12-2012-QH13.txt",
        "laws/luat-nguoi-lao-dong-vn-di-lam-viec-o-nuoc-ngoai-2020_69-2020-QH14.txt",
        "laws/luat-viec-lam-2013_38-2013-QH13.txt",
        "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt",
        "amendments/can-bo-cong-chuc_22-2008-QH12__vien-chuc_58-2010-QH12__52-2019-QH14/base_58-2010-QH12.txt",
        "amendments/dien-luc_28-2004-QH11__24-2012-QH13/base.txt",
    ];

    private static readonly Lazy<IReadOnlyList<CatalogueDocument>> Parsed = new(() => Files.Select(Load).ToList());

    public static CampaignListsInput Input(DateOnly? cutoff = null) => new()
    {
        CampaignName = "Rà soát văn bản quy phạm pháp luật về quyền và nghĩa vụ của người lao động",
        CutoffDate = cutoff ?? Cutoff,
        PlanReference = "Kế hoạch số 15/KH-STP ngày 10/01/2026 của Sở Tư pháp",
        ReportAddressee = "Ủy ban nhân dân tỉnh Lạng Sơn",
        Documents = Parsed.Value,
    };

    private static CatalogueDocument Load(string file)
    {
        // The safety law's .txt lost Word's automatic "Điều N." numbering; its .docx keeps it (MANIFEST.md).
        var path = RepoPaths.Sample(file);
        var parsed = StructureParser.Parse(DocumentTextExtractor.Extract(Path.GetFileName(path), File.ReadAllBytes(path)).Paragraphs);
        var document = new CatalogueDocument
        {
            Issuer = parsed.Issuer.Length == 0 ? "Quốc hội" : parsed.Issuer,
            Type = parsed.Type,
            TypeName = parsed.TypeName,
            Number = parsed.Number,
            IssuedOn = parsed.IssuedOn,
            EffectiveOn = parsed.EffectiveOn,
            Title = parsed.Title,
            Validity = Validity.Unknown,
            Text = parsed.Text,
        };
        return Conclusions[parsed.Number](document);
    }
}
