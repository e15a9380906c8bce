using System.Globalization;
using System.Text;

namespace LegalReview.Core.Parsing;

/// <summary>
/// Text normalization applied before anything else: Unicode NFC, one tone placement, one kind of whitespace.
/// Real files arrive in NFD, with old-style tone placement ("hoà", "thuỷ") and with tabs and no-break spaces.
/// </summary>
public static class VietnameseText
{
    // Old style puts the tone on the second vowel of an open "oa/oe/uy" syllable ("hoà"); the corpus mostly writes
    // "hòa", so that is the canonical form. Only word-final diphthongs move: in "hoàn" both styles agree.
    // Toned second vowel → (its base vowel, tone index 0–4 = huyền, sắc, hỏi, ngã, nặng).
    private static readonly Dictionary<char, (char Base, int Tone)> ToneMoves = BuildToneMoves();

    /// <summary>NFC, canonical tone placement and collapsed whitespace for one line.</summary>
    public static string NormalizeLine(string line) => CollapseWhitespace(NormalizeUnicode(line));

    /// <summary>NFC and canonical tone placement, whitespace untouched.</summary>
    public static string NormalizeUnicode(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var nfc = IsSurelyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return NormalizeTonePlacement(nfc);
    }

    // Precomposed Vietnamese (Latin-1, Extended-A/B, Extended Additional) without combining marks is already NFC;
    // checking that is much cheaper than asking ICU for every line.
    private static bool IsSurelyNfc(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && !(c >= '\u1E00' && c <= '\u1EFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Moves the tone of a word-final "oa/oe/uy" to the first vowel ("hoà" → "hòa"). A hand-written scan: this runs on
    /// every line of every document and a regex here was most of the parse time.
    /// </summary>
    public static string NormalizeTonePlacement(string text)
    {
        char[]? buffer = null;
        for (var i = 1; i < text.Length; i++)
        {
            var second = text[i];
            if (!ToneMoves.TryGetValue(second, out var moved))
            {
                continue;
            }

            var first = text[i - 1];
            var lowerFirst = char.ToLowerInvariant(first);
            var isPair = (lowerFirst == 'o' && moved.Base is 'a' or 'e') || (lowerFirst == 'u' && moved.Base == 'y');
            var wordEnd = i + 1 == text.Length || !char.IsLetter(text[i + 1]);
            // "qu" + y is a consonant cluster and a vowel: "quý" is right in both styles.
            var afterQ = lowerFirst == 'u' && i >= 2 && char.ToLowerInvariant(text[i - 2]) == 'q';
            if (!isPair || !wordEnd || afterQ)
            {
                continue;
            }

            buffer ??= text.ToCharArray();
            var firstToned = char.IsUpper(first) ? char.ToUpperInvariant(TonedVowel(lowerFirst, moved.Tone)) : TonedVowel(lowerFirst, moved.Tone);
            buffer[i - 1] = firstToned;
            buffer[i] = char.IsUpper(second) ? char.ToUpperInvariant(moved.Base) : moved.Base;
        }

        return buffer is null ? text : new string(buffer);
    }

    /// <summary>Tabs, no-break and zero-width spaces and runs of spaces become one space; the ends are trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        if (!NeedsCollapse(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.Length == text.Length ? text : sb.ToString();
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

    private static bool NeedsCollapse(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c != ' ' && char.IsWhiteSpace(c)) || c is '\u200B' or '\uFEFF' || (c == ' ' && text[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<char, (char Base, int Tone)> BuildToneMoves()
    {
        var moves = new Dictionary<char, (char, int)>();
        foreach (var (vowel, toned) in new[] { ('a', "àáảãạ"), ('e', "èéẻẽẹ"), ('y', "ỳýỷỹỵ") })
        {
            for (var tone = 0; tone < toned.Length; tone++)
            {
                moves[toned[tone]] = (vowel, tone);
                moves[char.ToUpperInvariant(toned[tone])] = (vowel, tone);
            }
        }

        return moves;
    }

    private static char TonedVowel(char vowel, int tone) => vowel switch
    {
        'o' => "òóỏõọ"[tone],
        'u' => "ùúủũụ"[tone],
        _ => vowel,
    };
}
