namespace LegalReview.Core.Amendments;

/// <summary>Roman numerals of chapter and part labels.</summary>
internal static class RomanNumerals
{
    public static bool TryParse(string s, out int value)
    {
        value = 0;
        if (s.Length == 0) return false;
        var prev = 0;
        for (var i = s.Length - 1; i >= 0; i--)
        {
            var v = char.ToUpperInvariant(s[i]) switch
            {
                'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
            };
            if (v == 0) { value = 0; return false; }
            value += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return value > 0;
    }
}
