using System.Text;
using LegalReview.Search.Analysis;

namespace LegalReview.Search.Querying;

/// <summary>
/// Builds an HTML snippet from stored text: the window with the most distinct matched words, matched words wrapped
/// in &lt;mark&gt; (adjacent ones merged), everything else HTML-encoded. Matching uses the folded analyzer's
/// tokens and offsets, so "nguoi" marks "người".
/// </summary>
public sealed class SnippetBuilder(VietnameseAnalyzer analyzer, int maxChars = 240)
{
    /// <summary>
    /// The folded token sequences to highlight: one per word or phrase of the query. A phrase is marked only where
    /// all its words occur in order.
    /// </summary>
    public IReadOnlyList<string[]> TermsOf(IEnumerable<string> highlightTexts) =>
        highlightTexts.Select(t => analyzer.Tokens(SearchFields.TextFolded, t).ToArray()).Where(t => t.Length > 0).ToArray();

    public string Build(string text, IReadOnlyList<string[]> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var matches = terms.Count == 0 ? [] : Matches(text, terms);
        var (start, end) = ChooseWindow(text, matches);
        var html = new StringBuilder(maxChars + 64);
        if (start > 0)
        {
            html.Append('…');
        }

        var cursor = start;
        var inWindow = matches.Where(m => m.Start >= start && m.End <= end).ToList();
        for (var i = 0; i < inWindow.Count; i++)
        {
            var markStart = inWindow[i].Start;
            var markEnd = inWindow[i].End;
            while (i + 1 < inWindow.Count && text.AsSpan(markEnd, inWindow[i + 1].Start - markEnd).IsWhiteSpace())
            {
                markEnd = inWindow[++i].End;
            }

            AppendEncoded(html, text.AsSpan(cursor, markStart - cursor));
            html.Append("<mark>");
            AppendEncoded(html, text.AsSpan(markStart, markEnd - markStart));
            html.Append("</mark>");
            cursor = markEnd;
        }

        AppendEncoded(html, text.AsSpan(cursor, end - cursor));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString().Trim();
    }

    /// <summary>
    /// Marks every token that is part of an occurrence of a sequence. The stored text is scanned directly (runs of
    /// letters and digits, folded char by char) instead of running the analyzer over every hit: it allocates nothing
    /// per token, and for words the two agree (the analyzer's tokens of the query are what is compared). Only query
    /// words are kept, with their position among all tokens: a long article has thousands of tokens and a handful of
    /// matches, and a sequence occurs where its words sit at consecutive positions.
    /// </summary>
    private static List<(int Term, int Start, int End)> Matches(string text, IReadOnlyList<string[]> sequences)
    {
        var distinct = sequences.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToArray();
        var found = new List<(int Position, int Term, int Start, int End)>();
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (IndexOf(distinct, text, start, i) is >= 0 and var term)
            {
                found.Add((position, term, start, i));
            }

            position++;
        }

        var ids = sequences.Select(s => s.Select(t => Array.IndexOf(distinct, t)).ToArray()).ToArray();
        var marked = new bool[found.Count];
        for (var f = 0; f < found.Count; f++)
        {
            foreach (var sequence in ids)
            {
                if (StartsAt(found, f, sequence))
                {
                    Array.Fill(marked, true, f, sequence.Length);
                }
            }
        }

        var result = new List<(int Term, int Start, int End)>();
        for (var f = 0; f < found.Count; f++)
        {
            if (marked[f])
            {
                result.Add((found[f].Term, found[f].Start, found[f].End));
            }
        }

        return result;
    }

    private static bool StartsAt(List<(int Position, int Term, int Start, int End)> found, int at, int[] sequence)
    {
        if (at + sequence.Length > found.Count)
        {
            return false;
        }

        for (var k = 0; k < sequence.Length; k++)
        {
            if (found[at + k].Position != found[at].Position + k || found[at + k].Term != sequence[k])
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(string[] terms, string text, int start, int end)
    {
        for (var t = 0; t < terms.Length; t++)
        {
            var term = terms[t];
            if (term.Length != end - start)
            {
                continue;
            }

            var k = 0;
            while (k < term.Length && VietnameseText.FoldChar(text[start + k]) == term[k])
            {
                k++;
            }

            if (k == term.Length)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Encodes only what HTML needs (&amp; &lt; &gt; quotes), keeping Vietnamese letters readable.</summary>
    private static void AppendEncoded(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
    }

    private (int Start, int End) ChooseWindow(string text, List<(int Term, int Start, int End)> matches)
    {
        if (text.Length <= maxChars)
        {
            return (0, text.Length);
        }

        var bestStart = 0;
        var bestScore = -1;
        var seen = new HashSet<int>();
        for (var i = 0; i < matches.Count; i++)
        {
            var limit = matches[i].Start + maxChars;
            seen.Clear();
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End <= limit; j++)
            {
                seen.Add(matches[j].Term);
                count++;
            }

            var score = (seen.Count * 100) + count;
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = matches[i].Start;
            }
        }

        // Start a little before the first match, at a word boundary, so the match has some context.
        var start = Math.Max(0, bestStart - 40);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < bestStart ? space + 1 : bestStart;
        }

        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        return (start, end);
    }
}
