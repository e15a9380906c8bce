using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalReview.Crawlers.Parsing;

/// <summary>Parses dates as Vietnamese pages print them: <c>11/03/2020</c>, <c>1-7-2026</c>, <c>ngày 11 tháng 3 năm 2020</c>.</summary>
public static partial class VietnameseDates
{
    /// <summary>The first date found in <paramref name="text"/>, or null (placeholders such as "Đang cập nhật" give null).</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var numeric = Numeric().Match(text);
        if (numeric.Success) return Build(numeric.Groups[3].Value, numeric.Groups[2].Value, numeric.Groups[1].Value);
        var iso = Iso().Match(text);
        if (iso.Success) return Build(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        var words = Words().Match(text);
        return words.Success ? Build(words.Groups[3].Value, words.Groups[2].Value, words.Groups[1].Value) : null;
    }

    private static DateOnly? Build(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 100) y += 2000;
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    [GeneratedRegex(@"\b(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex Iso();

    [GeneratedRegex(@"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
