using LegalReview.Search.Analysis;
using LegalReview.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LegalReview.Search.Lucene;

/// <summary>Translates the engine-neutral query tree and the filters of a <see cref="SearchQuery"/> to Lucene.</summary>
internal sealed class LuceneQueryCompiler(VietnameseAnalyzer analyzer)
{
    private const float PairPhraseBoost = 1.5f;
    private const float NumberBoost = 5f;
    internal const float HeadingAllWordsBoost = 2f;
    internal const float WholeGroupBoost = 2f;
    internal const int WholeGroupSlop = 4;

    // The first pass's only text field: heading and text folded together (see SearchFields.AllFolded).
    private static readonly IReadOnlyList<(string Field, float Boost, bool Folded)> MatchingFields = [(SearchFields.AllFolded, 1f, true)];

    // The whole-group proximity boost looks at the text only (accented and folded), with their usual boosts.
    private static readonly IReadOnlyList<(string Field, float Boost, bool Folded)> ProximityFields =
        SearchFields.SearchedFields.Where(f => f.Field is SearchFields.Text or SearchFields.TextFolded).ToArray();

    /// <param name="rankingExtras">False leaves out what only adds score (pair phrases, heading and proximity boosts,
    /// field boosts and the accented fields, whose matches the folded fields include) and matches each word on
    /// <see cref="SearchFields.AllFolded"/> alone: the same matches for a fraction of the work, for a first pass whose
    /// top hits are then rescored with everything.</param>
    public Query Compile(QueryNode node, bool rankingExtras = true) => node switch
    {
        MatchAllNode => new MatchAllDocsQuery(),
        TermNode t => Text(t.Text, phrase: false, fields: rankingExtras ? SearchFields.SearchedFields : MatchingFields),
        PhraseNode p => rankingExtras ? Text(p.Text, phrase: true, fields: SearchFields.SearchedFields) : PairPhrase(p.Text),
        NumberNode n => Number(n),
        AndNode a => Boolean(a.Children, Occur.MUST, rankingExtras),
        OrNode o => Boolean(o.Children, Occur.SHOULD, rankingExtras),
        NotNode n => Boolean([n], Occur.MUST, rankingExtras),
        GroupNode g => Group(g, rankingExtras),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private Query Boolean(IReadOnlyList<QueryNode> children, Occur occur, bool extras)
    {
        var query = new BooleanQuery();
        var positives = 0;
        foreach (var child in children)
        {
            if (child is NotNode not)
            {
                query.Add(Compile(not.Child, extras), Occur.MUST_NOT);
            }
            else
            {
                query.Add(Compile(child, extras), occur);
                positives++;
            }
        }

        if (positives == 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    private Query Group(GroupNode group, bool extras)
    {
        var positives = group.Children.Where(c => c is not NotNode).ToList();
        var minimum = GroupNode.MinimumShouldMatch(positives.Count);
        // When every word must match (up to three words), required clauses leapfrog as a plain conjunction, which
        // costs less than counting matches per document; the scores are the same sums.
        var each = minimum == positives.Count ? Occur.MUST : Occur.SHOULD;
        var core = new BooleanQuery();
        foreach (var child in positives)
        {
            core.Add(Compile(child, extras), each);
        }

        if (each == Occur.SHOULD)
        {
            core.MinimumNumberShouldMatch = minimum;
        }
        var outer = new BooleanQuery { { positives.Count == 0 ? new MatchAllDocsQuery() : core, Occur.MUST } };
        foreach (var pair in extras ? AdjacentWordPairs(group) : [])
        {
            var phrase = Text(pair, phrase: true, fields: SearchFields.SearchedFields);
            phrase.Boost = PairPhraseBoost;
            outer.Add(phrase, Occur.SHOULD);
        }

        if (extras && PlainWords(group) is { Count: > 1 } words)
        {
            var joined = string.Join(' ', words);
            outer.Add(AllWordsInHeading(joined), Occur.SHOULD);
            if (words.Count > 2)
            {
                // For two words the pair phrase already is the whole group.
                var near = Text(joined, phrase: false, ProximityFields, WholeGroupSlop);
                near.Boost = WholeGroupBoost;
                outer.Add(near, Occur.SHOULD);
            }
        }

        foreach (var not in group.Children.OfType<NotNode>())
        {
            outer.Add(Compile(not.Child, extras), Occur.MUST_NOT);
        }

        return outer;
    }

    /// <summary>"người lao động" → "người lao", "lao động": Vietnamese words are mostly two syllables.</summary>
    internal static IEnumerable<string> AdjacentWordPairs(GroupNode group)
    {
        for (var i = 0; i + 1 < group.Children.Count; i++)
        {
            if (Plain(group.Children[i]) is { } left && Plain(group.Children[i + 1]) is { } right)
            {
                yield return left + " " + right;
            }
        }

        static string? Plain(QueryNode node) => node switch
        {
            TermNode t => t.Text,
            OrNode { Children: [TermNode t, ..] } => t.Text, // an abbreviation with its expansions
            _ => null,
        };
    }

    /// <summary>The plain words of a group in order, or null when the group holds phrases, numbers or operators.</summary>
    internal static IReadOnlyList<string>? PlainWords(GroupNode group)
    {
        var words = new List<string>();
        foreach (var child in group.Children)
        {
            switch (child)
            {
                case TermNode t:
                    words.Add(t.Text);
                    break;
                case OrNode { Children: [TermNode t, ..] }:
                    words.Add(t.Text);
                    break;
                case NotNode:
                    break;
                default:
                    return null;
            }
        }

        return words;
    }

    // A heading holding every word of the query names what the reviewer is looking for.
    private Query AllWordsInHeading(string words)
    {
        var query = new BooleanQuery { Boost = HeadingAllWordsBoost };
        foreach (var field in new[] { SearchFields.Heading, SearchFields.HeadingFolded })
        {
            var all = new BooleanQuery();
            foreach (var token in analyzer.Tokens(field, words))
            {
                all.Add(new TermQuery(new Term(field, token)), Occur.MUST);
            }

            if (all.Clauses.Count > 0)
            {
                query.Add(all, Occur.SHOULD);
            }
        }

        return query;
    }

    private Query Number(NumberNode number)
    {
        Query match = number.IsPrefix
            ? new PrefixQuery(new Term(SearchFields.NumberNormalized, number.Normalized + "/"))
            : new TermQuery(new Term(SearchFields.NumberNormalized, number.Normalized));
        var query = new BooleanQuery
        {
            { match, Occur.MUST },
            { new TermQuery(new Term(SearchFields.Kind, SearchFields.DocumentKind)) { Boost = 2f }, Occur.SHOULD },
        };
        query.Boost = NumberBoost;
        return query;
    }

    /// <summary>
    /// A quoted phrase for the first pass: its adjacent word pairs, one after the other, on <see cref="SearchFields.AllPairs"/>.
    /// "a b c" matches where pair "a b" is followed by pair "b c", exactly where the phrase matches on
    /// <see cref="SearchFields.AllFolded"/>; a one-word phrase is that word.
    /// </summary>
    private Query PairPhrase(string text)
    {
        var pairs = analyzer.Tokens(SearchFields.AllPairs, text);
        switch (pairs.Count)
        {
            case 0:
                return Text(text, phrase: true, fields: MatchingFields);
            case 1:
                return new TermQuery(new Term(SearchFields.AllPairs, pairs[0]));
            default:
                var query = new PhraseQuery();
                foreach (var pair in pairs)
                {
                    query.Add(new Term(SearchFields.AllPairs, pair));
                }

                return query;
        }
    }

    private Query Text(string text, bool phrase, IReadOnlyList<(string Field, float Boost, bool Folded)> fields, int slop = 1)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost, _) in fields)
        {
            var tokens = analyzer.Tokens(field, text);
            if (tokens.Count == 0)
            {
                continue;
            }

            Query fieldQuery;
            if (tokens.Count == 1)
            {
                fieldQuery = new TermQuery(new Term(field, tokens[0]));
            }
            else
            {
                var phraseQuery = new PhraseQuery { Slop = phrase ? 0 : slop };
                foreach (var token in tokens)
                {
                    phraseQuery.Add(new Term(field, token));
                }

                fieldQuery = phraseQuery;
            }

            fieldQuery.Boost = boost;
            query.Add(fieldQuery, Occur.SHOULD);
        }

        // Punctuation-only input analyzes to nothing and must match nothing, not everything.
        return query.Clauses.Count == 0 ? new BooleanQuery() : query;
    }
}
