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
        var html = new StringBuilder();
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
            while (i + 1 < inWindow.Count && string.IsNullOrWhiteSpace(text[markEnd..inWindow[i + 1].Start]))
            {
                markEnd = inWindow[++i].End;
            }

            html.Append(Encode(text[cursor..markStart]));
            html.Append("<mark>").Append(Encode(text[markStart..markEnd])).Append("</mark>");
            cursor = markEnd;
        }

        html.Append(Encode(text[cursor..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString().Trim();
    }

    /// <summary>
    /// Marks every token that is part of an occurrence of a sequence. The stored text is scanned directly (runs of
    /// letters and digits, folded char by char) instead of running the analyzer over every hit: it allocates nothing
    /// per token, and for words the two agree (the analyzer's tokens of the query are what is compared).
    /// </summary>
    private static List<(int Term, int Start, int End)> Matches(string text, IReadOnlyList<string[]> sequences)
    {
        var distinct = sequences.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToArray();
        var tokens = new List<(int Term, int Start, int End)>();
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

            tokens.Add((IndexOf(distinct, text, start, i), start, i));
        }

        var ids = sequences.Select(s => s.Select(t => Array.IndexOf(distinct, t)).ToArray()).ToArray();
        var marked = new bool[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Term < 0)
            {
                continue;
            }

            foreach (var sequence in ids)
            {
                if (t + sequence.Length <= tokens.Count && StartsAt(tokens, t, sequence))
                {
                    Array.Fill(marked, true, t, sequence.Length);
                }
            }
        }

        var result = new List<(int Term, int Start, int End)>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (marked[t])
            {
                result.Add(tokens[t]);
            }
        }

        return result;
    }

    private static bool StartsAt(List<(int Term, int Start, int End)> tokens, int at, int[] sequence)
    {
        for (var k = 0; k < sequence.Length; k++)
        {
            if (tokens[at + k].Term != sequence[k])
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
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
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
