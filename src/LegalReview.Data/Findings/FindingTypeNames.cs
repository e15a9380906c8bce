namespace LegalReview.Data.Findings;

/// <summary>Vietnamese names of finding types and severities (DOMAIN.md §8).</summary>
public static class FindingTypeNames
{
    public static string Of(FindingType type) => type switch
    {
        FindingType.Contradiction => "Mâu thuẫn",
        FindingType.Overlap => "Chồng chéo",
        FindingType.Expired => "Hết hiệu lực / lạc hậu",
        FindingType.Unsuitable => "Không còn phù hợp",
        FindingType.Infeasible => "Không khả thi",
        FindingType.Unlawful => "Trái pháp luật (chuyển kiểm tra)",
        FindingType.MissingGuidance => "Thiếu hướng dẫn",
        _ => type.ToString(),
    };

    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Low => "Thấp",
        FindingSeverity.Medium => "Trung bình",
        FindingSeverity.High => "Cao",
        _ => severity.ToString(),
    };
}
