using LegalReview.Core.Documents;
using LegalReview.Exports.Docx;

namespace LegalReview.Exports.Lists;

/// <summary>
/// Which documents go in which official list, in which order, with which columns. Group by issuer (higher issuers
/// first), then type (higher force first), then issue date, as the lists are published.
/// </summary>
public static class Catalogues
{
    public static IReadOnlyList<CatalogueKind> All { get; } =
        [CatalogueKind.ExpiredWhole, CatalogueKind.ExpiredPart, CatalogueKind.InForce, CatalogueKind.NeedsHandling];

    public static string Title(CatalogueKind kind) => kind switch
    {
        CatalogueKind.ExpiredWhole => "Danh mục văn bản hết hiệu lực, tạm ngưng hiệu lực toàn bộ",
        CatalogueKind.ExpiredPart => "Danh mục văn bản hết hiệu lực, tạm ngưng hiệu lực một phần",
        CatalogueKind.InForce => "Danh mục văn bản còn hiệu lực",
        _ => "Danh mục văn bản cần tạm ngưng hiệu lực, sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới",
    };

    /// <summary>Short name for sheet tabs and file names.</summary>
    public static string ShortTitle(CatalogueKind kind) => kind switch
    {
        CatalogueKind.ExpiredWhole => "Hết hiệu lực toàn bộ",
        CatalogueKind.ExpiredPart => "Hết hiệu lực một phần",
        CatalogueKind.InForce => "Còn hiệu lực",
        _ => "Cần xử lý",
    };

    public static string FileName(CatalogueKind kind) => kind switch
    {
        CatalogueKind.ExpiredWhole => "danh-muc-1-het-hieu-luc-toan-bo",
        CatalogueKind.ExpiredPart => "danh-muc-2-het-hieu-luc-mot-phan",
        CatalogueKind.InForce => "danh-muc-3-con-hieu-luc",
        _ => "danh-muc-4-can-xu-ly",
    };

    /// <summary>Whether the review's conclusion puts the document in the list.</summary>
    public static bool Belongs(CatalogueDocument d, CatalogueKind kind) => kind switch
    {
        CatalogueKind.ExpiredWhole => d.Validity is Validity.Expired or Validity.Suspended,
        CatalogueKind.ExpiredPart => d.Validity is Validity.PartlyExpired or Validity.PartlySuspended,
        // ND 79/2025: the in-force list includes partly expired documents and those not yet in force.
        CatalogueKind.InForce => d.Validity is Validity.InForce or Validity.NotYetInForce or Validity.PartlyExpired
            or Validity.PartlySuspended or Validity.EnforcementSuspended,
        _ => !string.IsNullOrWhiteSpace(d.Handling),
    };

    /// <summary>The list's documents as of the cut-off date, grouped and ordered.</summary>
    public static IReadOnlyList<CatalogueGroup> Select(CampaignListsInput input, CatalogueKind kind) => input.Documents
        .Where(d => d.IssuedOn is null || d.IssuedOn <= input.CutoffDate)
        .Where(d => Belongs(d, kind))
        .GroupBy(d => d.Issuer.Trim(), StringComparer.OrdinalIgnoreCase)
        .OrderBy(g => g.Min(d => Rank(d.Type)))
        .ThenBy(g => g.Key, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
        .Select(g => new CatalogueGroup(g.Key, g
            .OrderBy(d => Rank(d.Type))
            .ThenBy(d => d.IssuedOn ?? DateOnly.MaxValue)
            .ThenBy(d => d.Number, StringComparer.Ordinal)
            .ToList()))
        .ToList();

    /// <summary>Columns after "STT" (DOMAIN.md §3, typical list columns).</summary>
    public static IReadOnlyList<CatalogueColumn> Columns(CatalogueKind kind)
    {
        List<CatalogueColumn> common =
        [
            new("Tên loại văn bản", 12, d => d.TypeName),
            new("Số, ký hiệu; ngày, tháng, năm ban hành văn bản", 17, d => Join(d.Number, VietnameseDates.Short(d.IssuedOn))),
            new("Tên gọi của văn bản", 30, d => d.Title),
        ];
        common.AddRange(kind switch
        {
            CatalogueKind.ExpiredWhole =>
            [
                new CatalogueColumn("Lý do hết hiệu lực, tạm ngưng hiệu lực", 26, d => d.ExpiryReason ?? ""),
                new CatalogueColumn("Ngày hết hiệu lực, tạm ngưng hiệu lực", 12, d => VietnameseDates.Short(d.ExpiredOn)),
            ],
            CatalogueKind.ExpiredPart =>
            [
                new CatalogueColumn("Nội dung, quy định hết hiệu lực, tạm ngưng hiệu lực", 22, d => d.ExpiredProvisions ?? ""),
                new CatalogueColumn("Lý do hết hiệu lực, tạm ngưng hiệu lực", 20, d => d.ExpiryReason ?? ""),
                new CatalogueColumn("Ngày hết hiệu lực, tạm ngưng hiệu lực", 11, d => VietnameseDates.Short(d.ExpiredOn)),
            ],
            CatalogueKind.InForce =>
            [
                new CatalogueColumn("Thời điểm có hiệu lực", 12, d => VietnameseDates.Short(d.EffectiveOn)),
                new CatalogueColumn("Ghi chú", 24, InForceNote),
            ],
            _ =>
            [
                new CatalogueColumn("Nội dung, quy định cần xử lý", 18, d => d.HandlingProvisions ?? ""),
                new CatalogueColumn("Kiến nghị (hình thức xử lý)", 12, d => d.Handling ?? ""),
                new CatalogueColumn("Lý do kiến nghị", 20, d => d.HandlingReason ?? ""),
                new CatalogueColumn("Cơ quan chủ trì soạn thảo; thời hạn xử lý", 14, d => Join(d.LeadBody ?? "", d.HandlingDeadline ?? "")),
            ],
        });
        return common;
    }

    /// <summary>Hierarchy rank of a document type (Law 64, Art. 4): lower is higher force.</summary>
    public static int Rank(DocumentType type) => type switch
    {
        DocumentType.Constitution => 0,
        DocumentType.Code => 1,
        DocumentType.Law => 2,
        DocumentType.Ordinance => 3,
        DocumentType.Resolution => 4,
        DocumentType.Order => 5,
        DocumentType.Decree => 6,
        DocumentType.Decision => 7,
        DocumentType.Circular => 8,
        DocumentType.JointCircular => 9,
        DocumentType.Directive => 10,
        _ => 20,
    };

    /// <summary>Group heading: "I. QUỐC HỘI".</summary>
    public static string GroupHeading(int index, string issuer) => $"{Roman(index)}. {issuer.ToUpperInvariant()}";

    private static string InForceNote(CatalogueDocument d)
    {
        var parts = new List<string>();
        if (d.Validity == Validity.NotYetInForce) parts.Add("Chưa có hiệu lực tại thời điểm rà soát");
        if (d.Validity is Validity.PartlyExpired or Validity.PartlySuspended && !string.IsNullOrWhiteSpace(d.ExpiredProvisions))
        {
            parts.Add("Hết hiệu lực một phần: " + d.ExpiredProvisions!.Trim().TrimEnd('.'));
        }

        if (!string.IsNullOrWhiteSpace(d.Notes)) parts.Add(d.Notes.Trim());
        return string.Join("; ", parts);
    }

    private static string Join(string a, string b) => string.IsNullOrWhiteSpace(b) ? a : string.IsNullOrWhiteSpace(a) ? b : a + "\n" + b;

    private static string Roman(int n)
    {
        string[] units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        string[] tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
        return n is > 0 and < 100 ? tens[n / 10] + units[n % 10] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
