namespace LegalReview.Crawlers.FixtureSites;

/// <summary>A document of the constructed vbpl.vn fixture site (see <see cref="VbplFixturePages"/>).</summary>
public sealed record VbplFixtureDocument(
    string Unit,
    string ItemId,
    string Number,
    string TypeName,
    string Title,
    string Issuer,
    string Role,
    string Signer,
    DateOnly IssuedOn,
    DateOnly EffectiveOn,
    string Status,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<DocumentRelation> Relations,
    IReadOnlyList<string> History,
    string? Uuid = null)
{
    /// <summary>Generates a plausible document number <paramref name="n"/> (ASCII-free Vietnamese text on purpose: charset faults show).</summary>
    public static VbplFixtureDocument Generate(int n, string unit)
    {
        var central = unit == "TW";
        var year = 2015 + n % 10;
        var number = central ? $"{n}/{year}/NĐ-CP" : $"{n}/{year}/QĐ-UBND";
        var title = central
            ? $"Nghị định quy định chi tiết một số điều của Bộ luật Lao động về điều kiện lao động số {n}"
            : $"Quyết định ban hành Quy định về quản lý lao động trên địa bàn tỉnh Lạng Sơn số {n}";
        var paragraphs = new List<string>
        {
            central ? "CHÍNH PHỦ" : "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
            $"Số: {number}",
            central ? "NGHỊ ĐỊNH" : "QUYẾT ĐỊNH",
            title,
            "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019;",
            "Chương I",
            "QUY ĐỊNH CHUNG",
        };
        for (var article = 1; article <= 6; article++)
        {
            paragraphs.Add($"Điều {article}. Nội dung điều {article} của văn bản số {n}");
            paragraphs.Add($"1. Người lao động và người sử dụng lao động thực hiện quy định tại khoản {article} của Điều này.");
            paragraphs.Add("a) Bảo đảm an toàn, vệ sinh lao động; đ) Trường hợp khác do pháp luật quy định.");
        }
        paragraphs.Add(central ? "TM. CHÍNH PHỦ" : "TM. ỦY BAN NHÂN DÂN");
        var relations = new List<DocumentRelation>
        {
            new("Văn bản căn cứ", "45/2019/QH14", "Bộ luật Lao động 2019"),
        };
        if (n % 3 == 0) relations.Add(new DocumentRelation("Văn bản được hướng dẫn", "45/2019/QH14", "Bộ luật Lao động 2019"));
        return new VbplFixtureDocument(
            unit, (100000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture), number,
            central ? "Nghị định" : "Quyết định", title,
            central ? "Chính phủ" : "UBND tỉnh Lạng Sơn", central ? "Thủ tướng" : "Chủ tịch", central ? "Phạm Minh Chính" : "Hồ Tiến Thiệu",
            new DateOnly(year, 1 + n % 12, 1 + n % 28), new DateOnly(year, 1 + n % 12, 1 + n % 28).AddDays(45),
            "Còn hiệu lực", paragraphs, relations,
            [$"{1 + n % 28:00}/{1 + n % 12:00}/{year} | Ban hành | {number} | ", $"{new DateOnly(year, 1 + n % 12, 1 + n % 28).AddDays(45):dd/MM/yyyy} | Có hiệu lực | {number} | "]);
    }
}
