using LegalReview.Search.Analysis;
using LegalReview.Search.Lucene;
using LegalReview.Search.Querying;

namespace LegalReview.Data.Alerts;

/// <summary>
/// Percolator for saved searches: instead of re-running every saved search over the whole index, the few new or
/// changed provisions of a change batch are put in a small in-memory index (<see cref="MemoryTermIndex"/>) and each
/// saved search, parsed by the same parser as /search (abbreviations, phrases, AND/OR/NOT, "most words must match"
/// groups), is evaluated against it with set operations. Words shared by many searches are looked up once.
/// </summary>
/// <remarks>
/// Matching follows the Lucene compiler's rules: a word of several tokens is a phrase with slop 1, a quoted phrase
/// has slop 0, a group of words needs <see cref="GroupNode.MinimumShouldMatch"/> of them. Sloppy phrases are
/// checked in order only (Lucene also accepts a swapped pair at slop 2; slop here is at most 1, so no difference).
/// </remarks>
public sealed class SavedSearchPercolator(Abbreviations abbreviations)
{
    private readonly VietnameseAnalyzer _analyzer = new();

    public SavedSearchPercolator() : this(Abbreviations.Default)
    {
    }

    /// <summary>The searches matching at least one of <paramref name="provisions"/>, with the matching provisions and words.</summary>
    public IReadOnlyList<PercolatorMatch> Match(IReadOnlyList<SavedSearchSpec> searches, IReadOnlyList<PercolatorProvision> provisions)
    {
        ArgumentNullException.ThrowIfNull(searches);
        ArgumentNullException.ThrowIfNull(provisions);
        if (searches.Count == 0 || provisions.Count == 0) return [];
        var index = new MemoryTermIndex(provisions, _analyzer);
        var evaluator = new Evaluator(index);
        var parser = new UserQueryParser(abbreviations);
        var filters = new Dictionary<(string?, string?, string?, int?, string?), EntrySet>();
        var results = new List<PercolatorMatch>();
        foreach (var search in searches)
        {
            var key = (search.Type, search.Issuer, search.Validity, search.Year, search.Topic);
            if (!filters.TryGetValue(key, out var allowed)) filters[key] = allowed = Filter(index, search);
            if (allowed.IsEmpty) continue;

            var parsed = parser.Parse(search.Query);
            // A saved search that no longer parses (the rules changed) matches nothing rather than everything.
            if (parsed.Error is not null || parsed.Root is null) continue;
            var leaves = new List<(string Word, EntrySet Set)>();
            var hits = evaluator.Eval(parsed.Root, leaves).And(allowed);
            if (hits.IsEmpty) continue;
            var words = leaves.Where(l => l.Set.Intersects(hits)).Select(l => l.Word).Distinct(StringComparer.Ordinal).ToList();
            results.Add(new PercolatorMatch(search.WatchId, Ranked(hits, leaves, parsed.Root, index, evaluator), words));
        }
        return results;
    }

    /// <summary>
    /// Hits best first, roughly as /search ranks them: the whole group of words close together (slop
    /// <see cref="LuceneQueryCompiler.WholeGroupSlop"/>), then adjacent word pairs ("học sinh"), then how many query
    /// words occur, then document order.
    /// </summary>
    private static List<int> Ranked(EntrySet hits, List<(string Word, EntrySet Set)> leaves, QueryNode root, MemoryTermIndex index, Evaluator evaluator)
    {
        var near = index.Empty;
        var pairs = new List<EntrySet>();
        if (root is GroupNode g)
        {
            if (LuceneQueryCompiler.PlainWords(g) is { Count: > 2 } plain)
            {
                near = evaluator.Text(string.Join(' ', plain), LuceneQueryCompiler.WholeGroupSlop);
            }
            pairs.AddRange(LuceneQueryCompiler.AdjacentWordPairs(g).Select(p => evaluator.Text(p, 0)));
        }
        var scores = new int[index.Entries.Count];
        near.And(hits).AddTo(scores, 10_000);
        foreach (var pair in pairs) pair.And(hits).AddTo(scores, 100);
        foreach (var leaf in leaves) leaf.Set.And(hits).AddTo(scores, 1);
        var ranked = hits.Indexes();
        ranked.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return ranked;
    }

    private static EntrySet Filter(MemoryTermIndex index, SavedSearchSpec s)
    {
        var set = new EntrySet(index.Entries.Count);
        for (var i = 0; i < index.Entries.Count; i++)
        {
            var d = index.Entries[i].Document;
            if (Is(s.Type, d.Type) && Is(s.Issuer, d.Issuer) && Is(s.Validity, d.Validity)
                && (s.Year is null || s.Year == d.Year)
                && (string.IsNullOrWhiteSpace(s.Topic) || d.Topics.Contains(s.Topic.Trim(), StringComparer.Ordinal)))
            {
                set.Add(i);
            }
        }
        return set;

        static bool Is(string? wanted, string actual) => string.IsNullOrWhiteSpace(wanted) || string.Equals(wanted.Trim(), actual, StringComparison.Ordinal);
    }

    /// <summary>Evaluates query trees to entry sets; caches leaf results across the searches of one batch.</summary>
    private sealed class Evaluator(MemoryTermIndex index)
    {
        private readonly Dictionary<(string, int), EntrySet> _textCache = [];

        public EntrySet Eval(QueryNode node, List<(string, EntrySet)> leaves)
        {
            switch (node)
            {
                case MatchAllNode:
                    return index.All;
                case TermNode t:
                    return Leaf(t.Text, Text(t.Text, slop: 1), leaves);
                case PhraseNode p:
                    return Leaf(p.Text, Text(p.Text, slop: 0), leaves);
                case NumberNode n:
                    return Leaf(n.Normalized, Number(n), leaves);
                case NotNode not:
                    return index.All.AndNot(Eval(not.Child, []));
                case AndNode a:
                    return Combine(a.Children, leaves, and: true);
                case OrNode o:
                    return Combine(o.Children, leaves, and: false);
                case GroupNode g:
                    return Group(g, leaves);
                default:
                    throw new ArgumentOutOfRangeException(nameof(node));
            }
        }

        private static EntrySet Leaf(string word, EntrySet set, List<(string, EntrySet)> leaves)
        {
            leaves.Add((word, set));
            return set;
        }

        private EntrySet Combine(IReadOnlyList<QueryNode> children, List<(string, EntrySet)> leaves, bool and)
        {
            EntrySet? result = null;
            var negatives = new List<EntrySet>();
            foreach (var child in children)
            {
                if (child is NotNode not)
                {
                    negatives.Add(Eval(not.Child, []));
                    continue;
                }
                var set = Eval(child, leaves);
                result = result is null ? set : and ? result.And(set) : result.Or(set);
            }
            result ??= index.All;
            foreach (var n in negatives) result = result.AndNot(n);
            return result;
        }

        private EntrySet Group(GroupNode group, List<(string, EntrySet)> leaves)
        {
            var positives = new List<EntrySet>();
            var negatives = new List<EntrySet>();
            foreach (var child in group.Children)
            {
                if (child is NotNode not) negatives.Add(Eval(not.Child, []));
                else positives.Add(Eval(child, leaves));
            }

            EntrySet result;
            if (positives.Count == 0)
            {
                result = index.All;
            }
            else
            {
                result = EntrySet.AtLeast(positives, GroupNode.MinimumShouldMatch(positives.Count), index.Entries.Count);
            }
            foreach (var n in negatives) result = result.AndNot(n);
            return result;
        }

        public EntrySet Text(string text, int slop)
        {
            if (_textCache.TryGetValue((text, slop), out var cached)) return cached;
            var tokens = index.QueryTokens(text);
            // Punctuation-only input analyzes to nothing and matches nothing, as on /search.
            var set = tokens.Length switch
            {
                0 => index.Empty,
                1 => index.Postings(tokens[0]),
                _ => index.Phrase(tokens, slop),
            };
            _textCache[(text, slop)] = set;
            return set;
        }

        private EntrySet Number(NumberNode n)
        {
            var set = new EntrySet(index.Entries.Count);
            for (var i = 0; i < index.Entries.Count; i++)
            {
                var number = index.Entries[i].Document.NormalizedNumber;
                if (n.IsPrefix ? number.StartsWith(n.Normalized + "/", StringComparison.Ordinal) : number == n.Normalized) set.Add(i);
            }
            return set;
        }
    }
}
