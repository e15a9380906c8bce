using System.Globalization;
using System.Text;

namespace LegalReview.Search.Analysis;

/// <summary>
/// Text normalization shared by indexing and querying: NFC plus one tone placement ("hoà"→"hòa", "thuỷ"→"thủy",
/// "qúy"→"quý"), so that both spellings found in official texts meet in the same tokens. The result has the same
/// length as the NFC form, which keeps analyzer offsets valid over the stored (normalized) text.
/// </summary>
public static class VietnameseText
{
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';
    private const char Circumflex = '\u0302', Breve = '\u0306', Horn = '\u031B';

    /// <summary>NFC + tone placement. Words that are not Vietnamese syllables are left as they are.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var i = 0;
        while (i < decomposed.Length)
        {
            if (!IsWordChar(decomposed[i]))
            {
                output.Append(decomposed[i++]);
                continue;
            }

            var start = i;
            while (i < decomposed.Length && IsWordChar(decomposed[i]))
            {
                i++;
            }

            output.Append(PlaceTone(decomposed.AsSpan(start, i - start)));
        }

        return output.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower-case ASCII form without diacritics ("Đơn Phương" → "don phuong"), for keys and comparisons.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    // Latin, Latin-1, Latin Extended A/B and Latin Extended Additional (all Vietnamese letters) fold one to one.
    private static readonly char[] FoldTable = Enumerable.Range(0, 0x2000)
        .Select(i => Fold(((char)i).ToString()) is { Length: 1 } folded ? folded[0] : char.ToLowerInvariant((char)i))
        .ToArray();

    /// <summary>One character of <see cref="Fold"/> ('Ế' → 'e', 'đ' → 'd'), without allocating; for NFC text.</summary>
    public static char FoldChar(char c) => c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsTone(char c) => c is Grave or Acute or Tilde or Hook or DotBelow;

    private static bool IsQuality(char c) => c is Circumflex or Breve or Horn;

    private static bool IsVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string PlaceTone(ReadOnlySpan<char> word)
    {
        // Split into letters, each with its combining marks.
        var letters = new List<(char Base, List<char> Marks)>();
        char? tone = null;
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Add((c, []));
            }
            else if (letters.Count == 0)
            {
                return word.ToString();
            }
            else if (IsTone(c))
            {
                if (tone is not null)
                {
                    return word.ToString();
                }

                tone = c;
            }
            else
            {
                letters[^1].Marks.Add(c);
            }
        }

        if (tone is null || letters.Count > 7)
        {
            return word.ToString();
        }

        var first = letters.FindIndex(l => IsVowel(l.Base));
        if (first < 0)
        {
            return word.ToString();
        }

        var end = first;
        while (end < letters.Count && IsVowel(letters[end].Base))
        {
            end++;
        }

        // A second vowel group means this is not one Vietnamese syllable: leave it alone.
        if (letters.Skip(end).Any(l => IsVowel(l.Base)))
        {
            return word.ToString();
        }

        var previous = first > 0 ? char.ToLowerInvariant(letters[first - 1].Base) : '\0';
        var lead = char.ToLowerInvariant(letters[first].Base);
        if (end - first > 1 && ((previous == 'q' && lead == 'u') || (previous == 'g' && lead == 'i')))
        {
            first++; // "qu", "gi": the u / i belongs to the consonant.
        }

        var length = end - first;
        var withQuality = Enumerable.Range(first, length).LastOrDefault(k => letters[k].Marks.Any(IsQuality), -1);
        var target = withQuality >= 0 ? withQuality
            : length == 1 ? first
            : length >= 3 ? first + 1
            : end < letters.Count ? first + 1
            : first;

        letters[target].Marks.Add(tone.Value);
        var builder = new StringBuilder(word.Length);
        foreach (var (letter, marks) in letters)
        {
            builder.Append(letter);
            foreach (var m in marks.Where(IsQuality))
            {
                builder.Append(m);
            }

            foreach (var m in marks.Where(m => !IsQuality(m)))
            {
                builder.Append(m);
            }
        }

        return builder.ToString();
    }
}
