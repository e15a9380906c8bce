using System.Globalization;
using System.Text;

namespace LegalReview.Core.Consolidation;

/// <summary>
/// Finds a quoted phrase in a unit's text the way a reader would: runs of whitespace (incl. no-break spaces from
/// .docx files) count as one space, typographic quotes equal straight ones, old and new tone placement are the same
/// ("hoà" = "hòa", "thuỷ" = "thủy"), and a phrase quoted in lower case also matches at the start of a sentence where
/// it is capitalised ("phân loại đánh giá" in the title "Phân loại đánh giá viên chức"). Nothing fuzzier: a missing
/// or different letter or tone mark is no match.
/// </summary>
internal static class PhraseMatcher
{
    /// <summary>One occurrence: span in the original text; <paramref name="Capitalized"/> when found only through sentence-start capitalisation.</summary>
    public readonly record struct Match(int Start, int Length, bool Capitalized)
    {
        public int End => Start + Length;
    }

    /// <summary>All non-overlapping occurrences of <paramref name="phrase"/> in <paramref name="text"/>, left to right.</summary>
    public static List<Match> FindAll(string text, string phrase)
    {
        var result = new List<Match>();
        var p = Fold(phrase.Trim(), out _);
        if (p.Length == 0 || text.Length == 0) return result;
        var folded = Fold(text, out var map);
        var capital = char.IsLower(p[0]) ? char.ToUpper(p[0], CultureInfo.InvariantCulture) + p[1..] : null;
        var at = 0;
        while (at < folded.Length)
        {
            var i = folded.IndexOf(p, at, StringComparison.Ordinal);
            var cap = false;
            if (capital is not null)
            {
                var j = NextSentenceStart(folded, capital, at, i < 0 ? folded.Length : i);
                if (j >= 0) { i = j; cap = true; }
            }
            if (i < 0) break;
            var start = map[i];
            var end = map[i + p.Length - 1] + 1;
            result.Add(new Match(start, end - start, cap));
            at = i + p.Length;
        }
        return result;
    }

    /// <summary>Replaces every match; a replacement put at a capitalised sentence start is capitalised too.</summary>
    public static string? ReplaceAll(string text, string phrase, string replacement)
    {
        var matches = FindAll(text, phrase);
        if (matches.Count == 0) return null;
        var sb = new StringBuilder(text.Length);
        var last = 0;
        var capitalizeNext = false;
        foreach (var m in matches)
        {
            sb.Append(text, last, m.Start - last);
            if (capitalizeNext) CapitalizeFrom(sb, sb.Length - (m.Start - last));
            capitalizeNext = false;
            if (m.Capitalized && replacement.Length > 0) sb.Append(Capitalize(replacement));
            else sb.Append(replacement);
            // A deleted sentence opener leaves the next word to carry the capital.
            capitalizeNext = m.Capitalized && replacement.Length == 0;
            last = m.End;
        }
        var tailStart = sb.Length;
        sb.Append(text, last, text.Length - last);
        if (capitalizeNext) CapitalizeFrom(sb, tailStart);
        return sb.ToString();
    }

    /// <summary>Capitalises the first letter of <paramref name="s"/>.</summary>
    public static string Capitalize(string s) =>
        s.Length > 0 && char.IsLower(s[0]) ? char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..] : s;

    /// <summary>The quoted phrase with every tone mark removed, for suggesting a near miss to the human reviewer.</summary>
    public static string? NearMiss(string text, string phrase)
    {
        var bare = StripMarks(Fold(phrase.Trim(), out _));
        if (bare.Length < 6) return null;
        var folded = Fold(text, out var map);
        var stripped = StripMarks(folded);
        var i = stripped.IndexOf(bare, StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        return text[map[i]..(map[i + bare.Length - 1] + 1)];
    }

    private static void CapitalizeFrom(StringBuilder sb, int from)
    {
        for (var k = from; k < sb.Length; k++)
        {
            if (char.IsWhiteSpace(sb[k])) continue;
            if (char.IsLower(sb[k])) sb[k] = char.ToUpper(sb[k], CultureInfo.InvariantCulture);
            return;
        }
    }

    /// <summary>Index of <paramref name="capital"/> in [from, before) where a sentence starts (text start, new line, after ". ").</summary>
    private static int NextSentenceStart(string folded, string capital, int from, int before)
    {
        var i = folded.IndexOf(capital, from, StringComparison.Ordinal);
        while (i >= 0 && i < before)
        {
            var k = i - 1;
            while (k >= 0 && folded[k] == ' ') k--;
            if (k < 0 || folded[k] is '\n' or '.' or '!' or '?') return i;
            i = folded.IndexOf(capital, i + 1, StringComparison.Ordinal);
        }
        return -1;
    }

    /// <summary>Folded text; map[i] is the index in <paramref name="s"/> of folded character i. New lines are kept (sentence starts).</summary>
    private static string Fold(string s, out int[] map)
    {
        var sb = new StringBuilder(s.Length);
        var m = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\n')
            {
                while (sb.Length > 0 && sb[^1] == ' ') { sb.Length--; m.RemoveAt(m.Count - 1); }
                sb.Append('\n'); m.Add(i);
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] is ' ' or '\n') continue;
                sb.Append(' '); m.Add(i);
                continue;
            }
            sb.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' => '\'',
                _ => c,
            });
            m.Add(i);
        }
        for (var i = 0; i + 1 < sb.Length; i++)
        {
            var pair = OldTonePair(i > 0 ? sb[i - 1] : ' ', sb[i], sb[i + 1], i + 2 < sb.Length ? sb[i + 2] : ' ');
            if (pair is { } p) { sb[i] = p.First; sb[i + 1] = p.Second; }
        }
        map = m.ToArray();
        return sb.ToString();
    }

    /// <summary>"oà" → "òa", "uỷ" → "ủy" at a syllable end (old placement), else null. "qu…" is a consonant + vowel and left alone.</summary>
    private static (char First, char Second)? OldTonePair(char before, char a, char b, char after)
    {
        if (a is not ('o' or 'O' or 'u' or 'U') || before is 'q' or 'Q' || char.IsLetter(after)) return null;
        if (b < '\u00C0') return null;
        var d = b.ToString().Normalize(NormalizationForm.FormD);
        if (d.Length != 2 || d[1] is not ('\u0300' or '\u0301' or '\u0309' or '\u0303' or '\u0323')) return null;
        var ok = a is 'o' or 'O' ? d[0] is 'a' or 'e' or 'A' or 'E' : d[0] is 'y' or 'Y';
        if (!ok) return null;
        var first = (a.ToString() + d[1]).Normalize(NormalizationForm.FormC);
        return first.Length == 1 ? (first[0], d[0]) : null;
    }

    private static string StripMarks(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        // Stripping never changes the number of base letters, so indices line up with the NFC folded text for Vietnamese.
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
