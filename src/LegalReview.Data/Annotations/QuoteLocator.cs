using System.Globalization;
using System.Text;

namespace LegalReview.Data.Annotations;

/// <summary>
/// Finds quoted words in a provision's text: exactly first, then tolerant of spacing, case and diacritics (a
/// re-typed or re-extracted text often differs only there). Among several occurrences the one whose surroundings
/// best match the saved prefix/suffix wins, then the one nearest the old offset.
/// </summary>
public static class QuoteLocator
{
    public static QuoteMatch? Find(string text, string quote, string prefix, string suffix, int hint) =>
        FindExact(text, quote, prefix, suffix, hint) ?? FindTolerant(text, quote, prefix, suffix, hint);

    public static QuoteMatch? FindExact(string text, string quote, string prefix, string suffix, int hint)
    {
        if (string.IsNullOrEmpty(quote))
        {
            return null;
        }

        QuoteMatch? best = null;
        for (var i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal))
        {
            var candidate = new QuoteMatch(i, i + quote.Length, true, ContextScore(text, i, i + quote.Length, prefix, suffix));
            best = Better(best, candidate, hint);
        }

        return best;
    }

    public static QuoteMatch? FindTolerant(string text, string quote, string prefix, string suffix, int hint)
    {
        var (foldedText, map) = FoldWithMap(text);
        var foldedQuote = FoldWithMap(quote).Folded.Trim();
        if (foldedQuote.Length == 0)
        {
            return null;
        }

        QuoteMatch? best = null;
        for (var i = foldedText.IndexOf(foldedQuote, StringComparison.Ordinal); i >= 0;
             i = foldedText.IndexOf(foldedQuote, i + 1, StringComparison.Ordinal))
        {
            var start = map[i];
            var end = map[i + foldedQuote.Length - 1] + 1;
            var candidate = new QuoteMatch(start, end, false, ContextScore(text, start, end, prefix, suffix));
            best = Better(best, candidate, hint);
        }

        return best;
    }

    /// <summary>Lower case, no diacritics, đ→d, whitespace runs as one space; map[i] = index in the original.</summary>
    public static (string Folded, int[] Map) FoldWithMap(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                    map.Add(i);
                }

                continue;
            }

            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                sb.Append(d is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d));
                map.Add(i);
            }
        }

        return (sb.ToString(), map.ToArray());
    }

    /// <summary>Word-set overlap (Jaccard) of two texts after folding, 0–1.</summary>
    public static double Similarity(string a, string b)
    {
        static HashSet<string> Words(string s) =>
            FoldWithMap(s).Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }

    private static QuoteMatch Better(QuoteMatch? best, QuoteMatch candidate, int hint)
    {
        if (best is null || candidate.ContextScore > best.ContextScore)
        {
            return candidate;
        }

        return candidate.ContextScore == best.ContextScore && Math.Abs(candidate.Start - hint) < Math.Abs(best.Start - hint)
            ? candidate
            : best;
    }

    private static int ContextScore(string text, int start, int end, string prefix, string suffix)
    {
        var score = 0;
        for (int i = start - 1, j = prefix.Length - 1; i >= 0 && j >= 0 && text[i] == prefix[j]; i--, j--)
        {
            score++;
        }

        for (int i = end, j = 0; i < text.Length && j < suffix.Length && text[i] == suffix[j]; i++, j++)
        {
            score++;
        }

        return score;
    }
}
