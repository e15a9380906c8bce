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

        var matches = terms.Count == 0 ? [] : Matches(analyzer.TokensWithOffsets(SearchFields.TextFolded, text), terms);
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

    private static List<(string Term, int Start, int End)> Matches(IReadOnlyList<(string Term, int Start, int End)> tokens, IReadOnlyList<string[]> sequences)
    {
        var marked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var sequence in sequences)
            {
                if (i + sequence.Length <= tokens.Count && sequence.Select((t, k) => tokens[i + k].Term == t).All(x => x))
                {
                    Array.Fill(marked, true, i, sequence.Length);
                }
            }
        }

        return tokens.Where((_, i) => marked[i]).ToList();
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

    private (int Start, int End) ChooseWindow(string text, List<(string Term, int Start, int End)> matches)
    {
        if (text.Length <= maxChars)
        {
            return (0, text.Length);
        }

        var bestStart = 0;
        var bestScore = -1;
        for (var i = 0; i < matches.Count; i++)
        {
            var limit = matches[i].Start + maxChars;
            var inside = matches.Skip(i).TakeWhile(m => m.End <= limit).ToList();
            var score = (inside.Select(m => m.Term).Distinct().Count() * 100) + inside.Count;
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
