using System.Globalization;
using System.Text;

namespace LegalReview.Core.Importing;

/// <summary>Renders a list counter in a Word w:numFmt (decimal, letters, roman); unknown formats fall back to decimal.</summary>
internal static class NumberFormatter
{
    public static string Format(int value, string numFmt) => numFmt switch
    {
        "none" => string.Empty,
        "bullet" => "-",
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word letters repeat past z: 27 → "aa", 28 → "bb".
    private static string Letters(int value, char first)
    {
        if (value <= 0)
            return value.ToString(CultureInfo.InvariantCulture);
        var letter = (char)(first + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
            return value.ToString(CultureInfo.InvariantCulture);
        (int Value, string Symbol)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var result = new StringBuilder();
        foreach (var (n, symbol) in numerals)
        {
            while (value >= n)
            {
                result.Append(symbol);
                value -= n;
            }
        }
        return result.ToString();
    }
}
