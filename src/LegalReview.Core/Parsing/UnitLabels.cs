using System.Text;
using LegalReview.Core.Documents;

namespace LegalReview.Core.Parsing;

/// <summary>
/// Numbers and letters of structural units: Roman numerals, "thứ nhất" ordinals, the Vietnamese point alphabet,
/// and the slugs that make stable ids ("Chương III" → "chuong-3", point "đ" → "diem-dd").
/// </summary>
public static class UnitLabels
{
    /// <summary>Point letters in order: the Vietnamese alphabet has no f, j, w, z and puts đ after d.</summary>
    public const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    private static readonly string[] Ordinals =
    [
        "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
        "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm",
    ];

    public static string KindSlug(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Part => "phan",
        ProvisionKind.Chapter => "chuong",
        ProvisionKind.Section => "muc",
        ProvisionKind.Subsection => "tieu-muc",
        ProvisionKind.Article => "dieu",
        ProvisionKind.Clause => "khoan",
        ProvisionKind.Point => "diem",
        ProvisionKind.SubPoint => "tiet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Vietnamese unit name used in display: "Điều", "Khoản" …</summary>
    public static string KindName(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Part => "Phần",
        ProvisionKind.Chapter => "Chương",
        ProvisionKind.Section => "Mục",
        ProvisionKind.Subsection => "Tiểu mục",
        ProvisionKind.Article => "Điều",
        ProvisionKind.Clause => "Khoản",
        ProvisionKind.Point => "Điểm",
        ProvisionKind.SubPoint => "Tiết",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Segment of a stable id for one unit: "dieu-217a", "khoan-1a", "diem-dd", "chuong-3".</summary>
    public static string Segment(ProvisionKind kind, string label) => KindSlug(kind) + "-" + LabelSlug(kind, label);

    public static string LabelSlug(ProvisionKind kind, string label)
    {
        if (kind is ProvisionKind.Part or ProvisionKind.Chapter or ProvisionKind.Section or ProvisionKind.Subsection)
        {
            var number = ParseHigherUnitNumber(label);
            if (number is not null)
            {
                return number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var sb = new StringBuilder(label.Length + 1);
        foreach (var c in label.ToLowerInvariant())
        {
            if (c == 'đ')
            {
                sb.Append("dd");
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>"III" → 3, "12" → 12, "thứ nhất" → 1, "THỨ HAI" → 2; null when not a number.</summary>
    public static int? ParseHigherUnitNumber(string label)
    {
        var text = label.Trim().TrimEnd('.', ':');
        if (int.TryParse(text, out var arabic))
        {
            return arabic;
        }

        var lower = text.ToLowerInvariant();
        if (lower.StartsWith("thứ ", StringComparison.Ordinal))
        {
            var index = Array.IndexOf(Ordinals, lower[4..].Trim());
            return index >= 0 ? index + 1 : null;
        }

        return ParseRoman(text.ToUpperInvariant());
    }

    public static int? ParseRoman(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var total = 0;
        var previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var value = text[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
            if (value == 0)
            {
                return null;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total;
    }

    /// <summary>Position of a point letter in the Vietnamese alphabet (a = 0), or -1.</summary>
    public static int PointLetterIndex(char letter) => PointLetters.IndexOf(char.ToLowerInvariant(letter));

    /// <summary>Splits "217a" into (217, "a") so inserted units sort after their base number.</summary>
    public static (int Number, string Suffix) SplitNumber(string label)
    {
        var i = 0;
        while (i < label.Length && char.IsAsciiDigit(label[i]))
        {
            i++;
        }

        var number = i == 0 ? 0 : int.Parse(label.AsSpan(0, i), System.Globalization.CultureInfo.InvariantCulture);
        return (number, label[i..]);
    }
}
