using DiffPlex;
using LegalReview.Core.Consolidation;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Article-by-article agreement of a consolidated text with a reference consolidation (e.g. an unofficial one):
/// texts are compared after Unicode, tone-placement, whitespace and case normalisation, on words.
/// </summary>
public static class ReferenceComparison
{
    /// <summary>Word similarity from which an article counts as near (and not different).</summary>
    public const double NearThreshold = 0.9;

    private static readonly Differ Differ = new();

    /// <summary>Compares every article of <paramref name="reference"/> with the article of the same number in <paramref name="ours"/>.</summary>
    public static ReferenceComparisonResult Compare(ParsedDocument ours, ParsedDocument reference)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(reference);
        var mine = ours.Articles().GroupBy(a => a.Label, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var rows = new List<ReferenceArticle>();
        foreach (var r in reference.Articles())
        {
            if (!mine.TryGetValue(r.Label, out var o))
            {
                rows.Add(new ReferenceArticle(r.Label, ReferenceMatch.Missing, 0));
                continue;
            }
            var a = Words(ProvisionTextRenderer.Render([o]));
            var b = Words(ProvisionTextRenderer.Render([r]));
            var sim = WordSimilarity(a, b);
            var kind = a.SequenceEqual(b, StringComparer.Ordinal) ? ReferenceMatch.Identical
                : sim >= NearThreshold ? ReferenceMatch.Near : ReferenceMatch.Different;
            rows.Add(new ReferenceArticle(r.Label, kind, Math.Round(sim, 4)));
        }
        var extra = mine.Keys.Except(reference.Articles().Select(a => a.Label), StringComparer.OrdinalIgnoreCase).ToList();
        return new ReferenceComparisonResult(rows, extra);
    }

    /// <summary>Plain text of a markdown consolidation ("### Điều 1. …", "# Chương I …"): heading marks and code fences dropped.</summary>
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.TrimStart('#').Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('`'));
        return string.Join('\n', lines);
    }

    /// <summary>Words of the normalised text (punctuation kept as words, spaces dropped).</summary>
    public static List<string> Words(string text)
    {
        var t = VietnameseText.CollapseWhitespace(VietnameseText.NormalizeTonePlacement(VietnameseText.NormalizeUnicode(text))).ToLowerInvariant();
        return VietnameseChunker.Split(t).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
    }

    /// <summary>2·common / (|a| + |b|) over a minimal word diff (1 for two empty texts).</summary>
    public static double WordSimilarity(List<string> a, List<string> b)
    {
        if (a.Count + b.Count == 0) return 1;
        if (a.Count == 0 || b.Count == 0) return 0;
        var (oldKey, newKey) = (new string('a', 1), new string('b', 1));
        var diff = Differ.CreateDiffs(oldKey, newKey, ignoreWhiteSpace: false, ignoreCase: false, new Pieces(oldKey, a, b));
        var changedA = diff.DiffBlocks.Sum(d => d.DeleteCountA);
        var changedB = diff.DiffBlocks.Sum(d => d.InsertCountB);
        return (double)(a.Count - changedA + b.Count - changedB) / (a.Count + b.Count);
    }

    private sealed class Pieces(string oldKey, List<string> a, List<string> b) : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, oldKey) ? a : b;
    }
}
