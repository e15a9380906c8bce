using LegalReview.Core.Documents;

namespace LegalReview.Core.Parsing;

/// <summary>Vietnamese type names of normative documents, longest first so "BỘ LUẬT" wins over "LUẬT".</summary>
public static class DocumentTypeNames
{
    private static readonly (string Upper, string Name, DocumentType Type)[] Names =
    [
        ("THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch", DocumentType.JointCircular),
        ("VĂN BẢN HỢP NHẤT", "Văn bản hợp nhất", DocumentType.ConsolidatedText),
        ("HIẾN PHÁP", "Hiến pháp", DocumentType.Constitution),
        ("BỘ LUẬT", "Bộ luật", DocumentType.Code),
        ("PHÁP LỆNH", "Pháp lệnh", DocumentType.Ordinance),
        ("NGHỊ QUYẾT", "Nghị quyết", DocumentType.Resolution),
        ("NGHỊ ĐỊNH", "Nghị định", DocumentType.Decree),
        ("QUYẾT ĐỊNH", "Quyết định", DocumentType.Decision),
        ("THÔNG TƯ", "Thông tư", DocumentType.Circular),
        ("CHỈ THỊ", "Chỉ thị", DocumentType.Directive),
        ("LUẬT", "Luật", DocumentType.Law),
        ("LỆNH", "Lệnh", DocumentType.Order),
    ];

    /// <summary>Recognizes a line that starts with a type name in capitals ("BỘ LUẬT", "LUẬT SỬA ĐỔI …").</summary>
    public static (string Name, DocumentType Type, string Remainder)? MatchUpperLine(string line)
    {
        foreach (var (upper, name, type) in Names)
        {
            if (line.StartsWith(upper, StringComparison.Ordinal) &&
                (line.Length == upper.Length || !char.IsLetter(line[upper.Length])))
            {
                return (name, type, line[upper.Length..].Trim());
            }
        }

        return null;
    }

    /// <summary>Type named at the start of a phrase in any case ("Luật Công đoàn", "nghị định số …").</summary>
    public static (string Name, DocumentType Type)? MatchPrefix(string phrase)
    {
        var upper = phrase.TrimStart().ToUpperInvariant();
        var match = MatchUpperLine(upper);
        return match is null ? null : (match.Value.Name, match.Value.Type);
    }

    public static string NameOf(DocumentType type) =>
        Names.FirstOrDefault(n => n.Type == type).Name ?? "Văn bản";

    /// <summary>Type implied by a number's symbol: "…/QH14" is a law or code, "…/NĐ-CP" a decree.</summary>
    public static DocumentType FromNumber(string number)
    {
        var symbol = number.ToUpperInvariant().Replace('Đ', 'D');
        return symbol switch
        {
            _ when symbol.Contains("/ND-", StringComparison.Ordinal) => DocumentType.Decree,
            _ when symbol.Contains("/NQ-", StringComparison.Ordinal) => DocumentType.Resolution,
            _ when symbol.Contains("/QD-", StringComparison.Ordinal) => DocumentType.Decision,
            _ when symbol.Contains("/TTLT-", StringComparison.Ordinal) => DocumentType.JointCircular,
            _ when symbol.Contains("/TT-", StringComparison.Ordinal) => DocumentType.Circular,
            _ when symbol.Contains("/VBHN-", StringComparison.Ordinal) => DocumentType.ConsolidatedText,
            _ when symbol.Contains("/UBTVQH", StringComparison.Ordinal) => DocumentType.Ordinance,
            _ when symbol.Contains("/QH", StringComparison.Ordinal) => DocumentType.Law,
            _ => DocumentType.Unknown,
        };
    }

    /// <summary>Issuer implied by a number's symbol, used when the letterhead is missing.</summary>
    public static string? IssuerFromNumber(string number)
    {
        var symbol = number.ToUpperInvariant().Replace('Đ', 'D');
        if (symbol.Contains("/UBTVQH", StringComparison.Ordinal))
        {
            return "Ủy ban Thường vụ Quốc hội";
        }

        if (symbol.Contains("/QH", StringComparison.Ordinal))
        {
            return "Quốc hội";
        }

        if (symbol.EndsWith("-CP", StringComparison.Ordinal))
        {
            return "Chính phủ";
        }

        return symbol.EndsWith("-TTG", StringComparison.Ordinal) ? "Thủ tướng Chính phủ" : null;
    }
}
