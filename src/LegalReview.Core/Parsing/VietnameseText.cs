using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LegalReview.Core.Parsing;

/// <summary>
/// Text normalization applied before anything else: Unicode NFC, one tone placement, one kind of whitespace.
/// Real files arrive in NFD, with old-style tone placement ("hoà", "thuỷ") and with tabs and no-break spaces.
/// </summary>
public static partial class VietnameseText
{
    // Old style puts the tone on the second vowel of an open "oa/oe/uy" syllable ("hoà"); the corpus mostly writes
    // "hòa", so that is the canonical form. Only word-final diphthongs move: in "hoàn" both styles agree.
    private static readonly (string From, string To)[] TonePairs = BuildTonePairs();

    /// <summary>NFC, canonical tone placement and collapsed whitespace for one line.</summary>
    public static string NormalizeLine(string line)
    {
        var text = NormalizeUnicode(line);
        text = WhitespaceRun().Replace(text, " ").Trim();
        return text;
    }

    /// <summary>NFC and canonical tone placement, whitespace untouched.</summary>
    public static string NormalizeUnicode(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return NormalizeTonePlacement(nfc);
    }

    public static string NormalizeTonePlacement(string text)
    {
        if (!MayNeedToneFix(text))
        {
            return text;
        }

        return OldToneSyllable().Replace(text, m =>
        {
            // "qu" + y is a consonant cluster + vowel: "quý" is right in both styles.
            if (m.Groups["pre"].Value.EndsWith('q') || m.Groups["pre"].Value.EndsWith('Q'))
            {
                return m.Value;
            }

            var pair = m.Groups["pair"].Value;
            foreach (var (from, to) in TonePairs)
            {
                if (pair == from)
                {
                    return m.Groups["pre"].Value + to;
                }
            }

            return m.Value;
        });
    }

    /// <summary>Removes diacritics and maps đ→d, for folded comparisons and ASCII slugs.</summary>
    public static string Fold(string text)
    {
        var decomposed = NormalizeUnicode(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when every letter of the text is upper case and there are at least two letters.</summary>
    public static bool IsUpperCaseLine(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>"BẢO HIỂM XÃ HỘI" → "Bảo hiểm xã hội": capitals titles read better in sentence case.</summary>
    public static string ToSentenceCase(string text)
    {
        var lower = text.ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return lower.Length == 0 ? lower : char.ToUpper(lower[0], CultureInfo.GetCultureInfo("vi-VN")) + lower[1..];
    }

    private static bool MayNeedToneFix(string text)
    {
        foreach (var c in text)
        {
            if (c is 'à' or 'á' or 'ả' or 'ã' or 'ạ' or 'è' or 'é' or 'ẻ' or 'ẽ' or 'ẹ' or 'ỳ' or 'ý' or 'ỷ' or 'ỹ' or 'ỵ'
                or 'À' or 'Á' or 'Ả' or 'Ã' or 'Ạ' or 'È' or 'É' or 'Ẻ' or 'Ẽ' or 'Ẹ' or 'Ỳ' or 'Ý' or 'Ỷ' or 'Ỹ' or 'Ỵ')
            {
                return true;
            }
        }

        return false;
    }

    private static (string, string)[] BuildTonePairs()
    {
        var pairs = new List<(string, string)>();
        void Add(char first, string secondToned, string firstToned, char second)
        {
            for (var i = 0; i < secondToned.Length; i++)
            {
                pairs.Add(($"{first}{secondToned[i]}", $"{firstToned[i]}{second}"));
                pairs.Add(($"{char.ToUpperInvariant(first)}{char.ToUpperInvariant(secondToned[i])}",
                    $"{char.ToUpperInvariant(firstToned[i])}{char.ToUpperInvariant(second)}"));
                pairs.Add(($"{char.ToUpperInvariant(first)}{secondToned[i]}", $"{char.ToUpperInvariant(firstToned[i])}{second}"));
            }
        }

        Add('o', "àáảãạ", "òóỏõọ", 'a');
        Add('o', "èéẻẽẹ", "òóỏõọ", 'e');
        Add('u', "ỳýỷỹỵ", "ùúủũụ", 'y');
        return [.. pairs];
    }

    [GeneratedRegex(@"[\s\u00A0\u200B\uFEFF]+")]
    private static partial Regex WhitespaceRun();

    // A word-final o+toned(a|e) or u+toned(y), not followed by another letter.
    [GeneratedRegex(@"(?<pre>\b\p{L}*?)(?<pair>[oO][àáảãạèéẻẽẹ]|[oO][ÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵ]|[uU][ỲÝỶỸỴ])(?!\p{L})")]
    private static partial Regex OldToneSyllable();
}
