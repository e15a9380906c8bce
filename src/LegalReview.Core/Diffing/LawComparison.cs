using LegalReview.Core.Consolidation;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Aligns the articles of two laws by title and content similarity, whatever their numbers: best pairs first
/// (greedy), then merges (an unpaired old article mostly contained in a new one) and splits (an unpaired new article
/// mostly contained in an old one); the rest are new or dropped.
/// </summary>
public static class LawComparison
{
    public const double MatchThreshold = 0.35;
    public const double ContainmentThreshold = 0.6;

    public static LawComparisonResult Compare(ParsedDocument older, ParsedDocument newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var olds = older.Articles().Select(Profile).ToList();
        var news = newer.Articles().Select(Profile).ToList();
        var pairs = new List<(int O, int N, double Score)>();
        for (var i = 0; i < olds.Count; i++)
        {
            for (var j = 0; j < news.Count; j++)
            {
                var content = Similarity.Jaccard(olds[i].Content, news[j].Content);
                var heading = Similarity.Jaccard(olds[i].Heading, news[j].Heading);
                var score = 0.35 * heading + 0.65 * content;
                if (score >= MatchThreshold) pairs.Add((i, j, score));
            }
        }
        var oldTaken = new int?[olds.Count];
        var newTaken = new int?[news.Count];
        var matches = new List<ArticleMatch>();
        // Prefer the same number on ties so that an unchanged law maps onto itself.
        foreach (var (o, n, score) in pairs.OrderByDescending(p => p.Score).ThenBy(p => olds[p.O].Label == news[p.N].Label ? 0 : 1))
        {
            if (oldTaken[o] is not null || newTaken[n] is not null) continue;
            oldTaken[o] = n;
            newTaken[n] = o;
            var (a, b) = (olds[o], news[n]);
            var kind = a.Label != b.Label ? ArticleMatchKind.Moved : a.Text == b.Text ? ArticleMatchKind.Unchanged : ArticleMatchKind.Changed;
            matches.Add(new ArticleMatch(a.Id, b.Id, a.Label, b.Label, Math.Round(score, 3), kind));
        }
        var merged = new Dictionary<int, List<string>>();
        var dropped = new List<string>();
        for (var i = 0; i < olds.Count; i++)
        {
            if (oldTaken[i] is not null) continue;
            var best = Best(olds[i].Content, news);
            if (best.Score >= ContainmentThreshold)
            {
                if (!merged.TryGetValue(best.Index, out var list)) merged[best.Index] = list = [];
                list.Add(olds[i].Id);
            }
            else dropped.Add(olds[i].Id);
        }
        var split = new Dictionary<int, List<string>>();
        var added = new List<string>();
        for (var j = 0; j < news.Count; j++)
        {
            if (newTaken[j] is not null) continue;
            var best = Best(news[j].Content, olds);
            if (best.Score >= ContainmentThreshold)
            {
                if (!split.TryGetValue(best.Index, out var list)) split[best.Index] = list = [];
                list.Add(news[j].Id);
            }
            else added.Add(news[j].Id);
        }
        return new LawComparisonResult(
            matches,
            merged.Select(kv => (news[kv.Key].Id, (IReadOnlyList<string>)kv.Value)).ToList(),
            split.Select(kv => (olds[kv.Key].Id, (IReadOnlyList<string>)kv.Value)).ToList(),
            added,
            dropped);
    }

    private static (int Index, double Score) Best(HashSet<string> part, List<ArticleProfile> wholes)
    {
        var best = (Index: -1, Score: 0.0);
        for (var k = 0; k < wholes.Count; k++)
        {
            var c = Similarity.Containment(part, wholes[k].Content);
            if (c > best.Score) best = (k, c);
        }
        return best;
    }

    private static ArticleProfile Profile(ParsedProvision article)
    {
        var text = ProvisionTextRenderer.Render(article.Children.Prepend(article with { Children = [], Heading = null }));
        return new ArticleProfile(article.Id, article.Label, text + "\n" + article.Heading,
            Similarity.Shingles(article.Heading ?? ""), Similarity.Shingles(text));
    }

    private sealed record ArticleProfile(string Id, string Label, string Text, HashSet<string> Heading, HashSet<string> Content);
}
