using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LegalReview.Core.Amendments;

/// <summary>Small text helpers shared by the amendment parser and the consolidator.</summary>
internal static partial class LegalText
{
    [GeneratedRegex(@"(?<!\d)0*(?<seq>\d+)/(?<year>\d{4})(?:/(?<sym>[\p{L}\d\-–]+))?")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DateRegex();

    /// <summary>NFC, tabs and non-breaking spaces as spaces, trimmed.</summary>
    public static string Clean(string s)
    {
        var n = Parsing.VietnameseText.NormalizeUnicode(s).Replace('\t', ' ').Replace('\u00A0', ' ');
        return MultiSpace().Replace(n, " ").Trim();
    }

    [GeneratedRegex(@" {2,}")]
    private static partial Regex MultiSpace();

    /// <summary>
    /// Key "seq/year" of a document number: the symbol part is often mistyped in citations ("04/2007/QH11" for
    /// "04/2007/QH12"), while sequence and year identify a law of the National Assembly well enough.
    /// </summary>
    public static string? NumberKey(string? number)
    {
        if (number is null) return null;
        var m = NumberRegex().Match(number);
        return m.Success ? $"{m.Groups["seq"].Value}/{m.Groups["year"].Value}" : null;
    }

    public static bool SameDocument(string? a, string? b) =>
        NumberKey(a) is { } ka && ka == NumberKey(b);

    public static DateOnly? ParseDate(string text)
    {
        var m = DateRegex().Match(text);
        if (!m.Success) return null;
        var (d, mo, y) = (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    /// <summary>Formats a legal date the Vietnamese way: "ngày 01 tháng 01 năm 2015".</summary>
    public static string FormatDate(DateOnly d) => $"ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}";

    public static bool IsQuoteChar(char c) => c is '“' or '”' or '"' or '„' or '″';

    /// <summary>Vietnamese point letters in order (a b c d đ e g h i k l m n o p q r s t u v x y).</summary>
    public const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    /// <summary>Sort key of a label: "7" &lt; "7a" &lt; "7b" &lt; "8"; "d" &lt; "đ" &lt; "e"; Roman numerals by value.</summary>
    public static (int Number, int Suffix) LabelOrder(string label)
    {
        var l = label.Trim().ToLowerInvariant();
        var i = 0;
        while (i < l.Length && char.IsDigit(l[i])) i++;
        if (i == 0)
        {
            if (RomanNumerals.TryParse(l, out var r) && l.Length > 1) return (r, 0);
            var p = PointLetters.IndexOf(l.Length > 0 ? l[0] : 'a', StringComparison.Ordinal);
            return (p < 0 ? 999 : p, l.Length > 1 ? 1 : 0);
        }
        var n = int.Parse(l[..i], CultureInfo.InvariantCulture);
        var suffix = i < l.Length ? PointLetters.IndexOf(l[i], StringComparison.Ordinal) + 1 : 0;
        return (n, suffix);
    }
}
