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

    public Query Compile(QueryNode node) => node switch
    {
        MatchAllNode => new MatchAllDocsQuery(),
        TermNode t => Text(t.Text, phrase: false),
        PhraseNode p => Text(p.Text, phrase: true),
        NumberNode n => Number(n),
        AndNode a => Boolean(a.Children, Occur.MUST),
        OrNode o => Boolean(o.Children, Occur.SHOULD),
        NotNode n => Boolean([n], Occur.MUST),
        GroupNode g => Group(g),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Filters (type, issuer, validity, year, topic, in force on a date); null when there are none.</summary>
    public static Query? Filter(SearchQuery query)
    {
        var filter = new BooleanQuery();
        AddTerm(filter, SearchFields.DocType, query.Type);
        AddTerm(filter, SearchFields.Issuer, query.Issuer);
        AddTerm(filter, SearchFields.Validity, query.Validity);
        AddTerm(filter, SearchFields.Topics, query.Topic);
        if (query.Year is { } year)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(SearchFields.Year, year, year, true, true), Occur.MUST);
        }

        if (query.AsOf is { } asOf)
        {
            var day = LuceneDocumentMapper.DateKey(asOf);
            filter.Add(NumericRangeQuery.NewInt32Range(SearchFields.EffectiveOn, null, day, true, true), Occur.MUST);
            filter.Add(NumericRangeQuery.NewInt32Range(SearchFields.ExpiresOn, day, null, false, true), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : filter;
    }

    private static void AddTerm(BooleanQuery filter, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filter.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
        }
    }

    private Query Boolean(IReadOnlyList<QueryNode> children, Occur occur)
    {
        var query = new BooleanQuery();
        var positives = 0;
        foreach (var child in children)
        {
            if (child is NotNode not)
            {
                query.Add(Compile(not.Child), Occur.MUST_NOT);
            }
            else
            {
                query.Add(Compile(child), occur);
                positives++;
            }
        }

        if (positives == 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    private Query Group(GroupNode group)
    {
        var positives = group.Children.Where(c => c is not NotNode).ToList();
        var core = new BooleanQuery();
        foreach (var child in positives)
        {
            core.Add(Compile(child), Occur.SHOULD);
        }

        core.MinimumNumberShouldMatch = GroupNode.MinimumShouldMatch(positives.Count);
        var outer = new BooleanQuery { { positives.Count == 0 ? new MatchAllDocsQuery() : core, Occur.MUST } };
        foreach (var pair in AdjacentWordPairs(group))
        {
            var phrase = Text(pair, phrase: true);
            phrase.Boost = PairPhraseBoost;
            outer.Add(phrase, Occur.SHOULD);
        }

        foreach (var not in group.Children.OfType<NotNode>())
        {
            outer.Add(Compile(not.Child), Occur.MUST_NOT);
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

    private Query Text(string text, bool phrase)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost, _) in SearchFields.SearchedFields)
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
                var phraseQuery = new PhraseQuery { Slop = phrase ? 0 : 1 };
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
