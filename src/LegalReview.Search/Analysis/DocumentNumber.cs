using System.Text;
using System.Text.RegularExpressions;

namespace LegalReview.Search.Analysis;

/// <summary>
/// Document numbers ("số, ký hiệu") compared in one form: upper case, Đ→D, every dash variant → "-", no spaces, no
/// leading zeros in numeric segments. "45/2019/qh14" = "45/2019/QH14"; "05/2015/NĐ–CP" = "5/2015/ND-CP".
/// </summary>
public static partial class DocumentNumber
{
    public static string Normalize(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "";
        }

        var builder = new StringBuilder(number.Length);
        foreach (var c in VietnameseText.Fold(number.Trim()))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '_' ? '-' : char.ToUpperInvariant(c));
        }

        var segments = builder.ToString().Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 1 && segments[i].All(char.IsAsciiDigit))
            {
                segments[i] = segments[i].TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>True when a query word looks like a document number or its beginning ("45/2019", "45/2019/QH14").</summary>
    public static bool LooksLikeNumber(string word) => NumberPattern().IsMatch(word);

    [GeneratedRegex(@"^\d{1,5}/\d{2,4}(/[\p{L}\d][\p{L}\d\-\u2010-\u2014.]*)?/?$")]
    private static partial Regex NumberPattern();
}
