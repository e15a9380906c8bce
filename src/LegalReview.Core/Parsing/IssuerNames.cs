using System.Globalization;

namespace LegalReview.Core.Parsing;

/// <summary>
/// Letterheads write the issuer in capitals; documents are keyed by (issuer, number), so every source must
/// produce the same spelling. Known bodies map to their usual names; provincial bodies keep the place name capitalized.
/// </summary>
public static class IssuerNames
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["QUỐC HỘI"] = "Quốc hội",
        ["ỦY BAN THƯỜNG VỤ QUỐC HỘI"] = "Ủy ban Thường vụ Quốc hội",
        ["CHÍNH PHỦ"] = "Chính phủ",
        ["THỦ TƯỚNG CHÍNH PHỦ"] = "Thủ tướng Chính phủ",
        ["CHỦ TỊCH NƯỚC"] = "Chủ tịch nước",
        ["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"] = "Bộ Lao động - Thương binh và Xã hội",
        ["BỘ NỘI VỤ"] = "Bộ Nội vụ",
        ["BỘ TƯ PHÁP"] = "Bộ Tư pháp",
        ["BỘ Y TẾ"] = "Bộ Y tế",
        ["BỘ TÀI CHÍNH"] = "Bộ Tài chính",
    };

    private static readonly string[] LocalPrefixes =
    [
        "ỦY BAN NHÂN DÂN TỈNH ", "HỘI ĐỒNG NHÂN DÂN TỈNH ", "ỦY BAN NHÂN DÂN THÀNH PHỐ ", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ ",
        "UBND TỈNH ", "HĐND TỈNH ",
    ];

    public static string Normalize(string issuer)
    {
        var text = VietnameseText.NormalizeLine(issuer).Replace("UỶ", "ỦY", StringComparison.Ordinal);
        var upper = text.ToUpper(Vi);
        if (Known.TryGetValue(upper, out var known))
        {
            return known;
        }

        foreach (var prefix in LocalPrefixes)
        {
            if (upper.StartsWith(prefix, StringComparison.Ordinal))
            {
                var body = prefix.Trim() switch
                {
                    "UBND TỈNH" => "Ủy ban nhân dân tỉnh",
                    "HĐND TỈNH" => "Hội đồng nhân dân tỉnh",
                    _ => VietnameseText.ToSentenceCase(prefix.Trim()),
                };
                return body + " " + Vi.TextInfo.ToTitleCase(upper[prefix.Length..].ToLower(Vi));
            }
        }

        return VietnameseText.IsUpperCaseLine(text) ? VietnameseText.ToSentenceCase(text) : text;
    }
}
