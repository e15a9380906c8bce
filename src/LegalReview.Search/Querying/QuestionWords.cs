using LegalReview.Search.Analysis;

namespace LegalReview.Search.Querying;

/// <summary>
/// Reviewers type questions ("thử việc tối đa bao nhiêu ngày"); the question words never occur in the answer's text
/// and would only lower the share of matching words. They are dropped from a run of plain words, unless nothing
/// else would be left. Quoted phrases keep them.
/// </summary>
internal static class QuestionWords
{
    private static readonly string[][] Phrases =
    [
        ["nhu", "the", "nao"], ["bao", "nhieu"], ["the", "nao"], ["la", "gi"], ["ra", "sao"], ["hay", "khong"],
        ["duoc", "khong"], ["co", "phai"], ["khi", "nao"], ["o", "dau"],
    ];

    // Single question words are dropped only when typed with their accents: folded, "may" is also "máy" (machine)
    // and "gi" a syllable of other words.
    private static readonly string[] AccentedWords = ["mấy", "gì"];

    public static List<QueryNode> Remove(List<QueryNode> children, List<string> highlights)
    {
        var kept = new List<QueryNode>(children.Count);
        var i = 0;
        while (i < children.Count)
        {
            var match = children[i] is TermNode word && AccentedWords.Contains(word.Text.ToLowerInvariant())
                ? [word.Text]
                : Phrases.FirstOrDefault(p => Matches(children, i, p));
            if (match is null)
            {
                kept.Add(children[i++]);
                continue;
            }

            foreach (var node in children.Skip(i).Take(match.Length).OfType<TermNode>())
            {
                highlights.Remove(node.Text);
            }

            i += match.Length;
        }

        return kept.Any(c => c is not NotNode) ? kept : children;
    }

    private static bool Matches(List<QueryNode> children, int start, string[] phrase) =>
        start + phrase.Length <= children.Count
        && phrase.Select((word, k) => children[start + k] is TermNode t && VietnameseText.Fold(t.Text) == word).All(x => x);
}
