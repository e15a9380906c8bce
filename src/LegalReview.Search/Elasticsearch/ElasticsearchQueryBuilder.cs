using System.Globalization;
using System.Text.Json.Nodes;
using LegalReview.Search.Analysis;
using LegalReview.Search.Lucene;
using LegalReview.Search.Querying;

namespace LegalReview.Search.Elasticsearch;

/// <summary>
/// Translates the same query tree as <see cref="LuceneQueryCompiler"/> into the Elasticsearch query DSL: multi_match
/// over accented and folded fields, bool filters, ranges for "in force on", terms aggregations and highlight.
/// </summary>
internal sealed class ElasticsearchQueryBuilder(VietnameseAnalyzer analyzer)
{
    private const int SnippetChars = 240;

    private static JsonArray AllFields() =>
        new(SearchFields.SearchedFields.Select(f => (JsonNode)(f.Boost == 1f ? f.Field : $"{f.Field}^{f.Boost.ToString(CultureInfo.InvariantCulture)}")).ToArray());

    public JsonObject Search(SearchQuery query, ParsedUserQuery parsed)
    {
        var size = Math.Min(query.PageSize, SearchQuery.MaxPageSize);
        var body = new JsonObject
        {
            ["from"] = (query.Page - 1) * size,
            ["size"] = size,
            ["track_total_hits"] = true,
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject { ["must"] = new JsonArray(Compile(parsed.Root!, rankingExtras: false)), ["filter"] = Filters(query) },
            },
            ["_source"] = new JsonArray(SearchFields.DocumentId, SearchFields.Number, SearchFields.Title, SearchFields.ProvisionId, SearchFields.Kind, SearchFields.Label, SearchFields.Heading),
            ["highlight"] = new JsonObject
            {
                ["pre_tags"] = new JsonArray("<mark>"),
                ["post_tags"] = new JsonArray("</mark>"),
                ["encoder"] = "html",
                ["fields"] = new JsonObject
                {
                    [SearchFields.Text] = Highlight(noMatchSize: SnippetChars),
                    [SearchFields.TextFolded] = Highlight(noMatchSize: 0),
                },
            },
            ["aggs"] = new JsonObject
            {
                [SearchFields.DocType] = Terms(SearchFields.DocType, 20),
                [SearchFields.Issuer] = Terms(SearchFields.Issuer, 50),
                [SearchFields.Validity] = Terms(SearchFields.Validity, 20),
                [SearchFields.Year] = Terms(SearchFields.Year, 100, byKeyDescending: true),
                [SearchFields.Topics] = Terms(SearchFields.Topics, 50),
            },
        };
        if (!query.IncludeFacets)
        {
            body.Remove("aggs");
        }

        if (query.Sort == SearchSort.Relevance)
        {
            // As in the Lucene engine: matching clauses find the hits, the full query ranks the best of them.
            body["rescore"] = new JsonObject
            {
                ["window_size"] = Math.Max(LuceneSearchIndex.RescoreDepth, query.Page * size),
                ["query"] = new JsonObject
                {
                    ["rescore_query"] = Compile(parsed.Root!),
                    ["query_weight"] = 0,
                    ["rescore_query_weight"] = 1,
                },
            };
        }

        if (query.Sort == SearchSort.Date)
        {
            body["sort"] = new JsonArray(
                new JsonObject { [SearchFields.IssuedOn] = new JsonObject { ["order"] = "desc", ["missing"] = "_last" } },
                "_score");
        }

        return body;
    }

    /// <param name="rankingExtras">False leaves out the clauses that only add score (see LuceneQueryCompiler).</param>
    public JsonNode Compile(QueryNode node, bool rankingExtras = true) => node switch
    {
        MatchAllNode => new JsonObject { ["match_all"] = new JsonObject() },
        TermNode t => Text(t.Text, phrase: analyzer.Tokens(SearchFields.Text, t.Text).Count > 1, slop: 1),
        PhraseNode p => Text(p.Text, phrase: true, slop: 0),
        NumberNode n => Number(n),
        AndNode a => Boolean(a.Children, "must", rankingExtras),
        OrNode o => Boolean(o.Children, "should", rankingExtras),
        NotNode n => Boolean([n], "must", rankingExtras),
        GroupNode g => Group(g, rankingExtras),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private JsonObject Boolean(IReadOnlyList<QueryNode> children, string occur, bool extras)
    {
        var positives = new JsonArray(children.Where(c => c is not NotNode).Select(c => Compile(c, extras)).ToArray());
        var negatives = new JsonArray(children.OfType<NotNode>().Select(n => Compile(n.Child, extras)).ToArray());
        var query = new JsonObject();
        if (positives.Count == 0)
        {
            query["must"] = new JsonArray(new JsonObject { ["match_all"] = new JsonObject() });
        }
        else
        {
            query[occur] = positives;
            if (occur == "should")
            {
                query["minimum_should_match"] = 1;
            }
        }

        if (negatives.Count > 0)
        {
            query["must_not"] = negatives;
        }

        return new JsonObject { ["bool"] = query };
    }

    private JsonObject Group(GroupNode group, bool extras)
    {
        var positives = group.Children.Where(c => c is not NotNode).ToList();
        var pairs = extras ? LuceneQueryCompiler.AdjacentWordPairs(group) : [];
        var should = new JsonArray(pairs.Select(pair => (JsonNode)Text(pair, phrase: true, slop: 0, boost: 1.5f)).ToArray());
        if (extras && LuceneQueryCompiler.PlainWords(group) is { Count: > 1 } words)
        {
            var joined = string.Join(' ', words);
            should.Add(new JsonObject
            {
                ["multi_match"] = new JsonObject
                {
                    ["query"] = joined,
                    ["type"] = "most_fields",
                    ["operator"] = "and",
                    ["fields"] = new JsonArray(SearchFields.Heading, SearchFields.HeadingFolded),
                    ["boost"] = LuceneQueryCompiler.HeadingAllWordsBoost,
                },
            });
            if (words.Count > 2)
            {
                should.Add(Near(joined));
            }
        }

        var core = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["should"] = new JsonArray(positives.Select(c => Compile(c, extras)).ToArray()),
                ["minimum_should_match"] = GroupNode.MinimumShouldMatch(positives.Count),
            },
        };
        var outer = new JsonObject { ["must"] = new JsonArray(positives.Count == 0 ? new JsonObject { ["match_all"] = new JsonObject() } : core) };
        if (should.Count > 0)
        {
            outer["should"] = should;
        }

        var negatives = group.Children.OfType<NotNode>().Select(n => Compile(n.Child, extras)).ToArray();
        if (negatives.Length > 0)
        {
            outer["must_not"] = new JsonArray(negatives);
        }

        return new JsonObject { ["bool"] = outer };
    }

    private static JsonObject Near(string words) => new()
    {
        ["multi_match"] = new JsonObject
        {
            ["query"] = words,
            ["type"] = "phrase",
            ["slop"] = LuceneQueryCompiler.WholeGroupSlop,
            ["fields"] = new JsonArray("text^2", SearchFields.TextFolded),
            ["boost"] = LuceneQueryCompiler.WholeGroupBoost,
        },
    };

    private static JsonObject Text(string text, bool phrase, int slop, float boost = 1f)
    {
        var multiMatch = new JsonObject
        {
            ["query"] = text,
            ["type"] = phrase ? "phrase" : "most_fields",
            ["fields"] = AllFields(),
        };
        if (phrase && slop > 0)
        {
            multiMatch["slop"] = slop;
        }

        if (boost != 1f)
        {
            multiMatch["boost"] = boost;
        }

        return new JsonObject { ["multi_match"] = multiMatch };
    }

    private static JsonObject Number(NumberNode number)
    {
        JsonObject match = number.IsPrefix
            ? new JsonObject { ["prefix"] = new JsonObject { [SearchFields.NumberNormalized] = number.Normalized + "/" } }
            : new JsonObject { ["term"] = new JsonObject { [SearchFields.NumberNormalized] = number.Normalized } };
        return new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["must"] = new JsonArray(match),
                ["should"] = new JsonArray(new JsonObject
                {
                    ["term"] = new JsonObject { [SearchFields.Kind] = new JsonObject { ["value"] = SearchFields.DocumentKind, ["boost"] = 2 } },
                }),
                ["boost"] = 5,
            },
        };
    }

    private static JsonArray Filters(SearchQuery query)
    {
        var filters = new JsonArray();
        AddTerm(filters, SearchFields.DocType, query.Type);
        AddTerm(filters, SearchFields.Issuer, query.Issuer);
        AddTerm(filters, SearchFields.Validity, query.Validity);
        AddTerm(filters, SearchFields.Topics, query.Topic);
        if (query.Year is { } year)
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { [SearchFields.Year] = year } });
        }

        if (query.AsOf is { } asOf)
        {
            var day = ElasticsearchDocumentMapper.Date(asOf);
            filters.Add(RangeOrMissing(SearchFields.EffectiveOn, "lte", day));
            filters.Add(RangeOrMissing(SearchFields.ExpiresOn, "gt", day));
        }

        return filters;
    }

    // A missing effective date counts as effective, a missing expiry date as never expiring (as in the Lucene engine).
    private static JsonObject RangeOrMissing(string field, string op, string day) => new()
    {
        ["bool"] = new JsonObject
        {
            ["should"] = new JsonArray(
                new JsonObject { ["range"] = new JsonObject { [field] = new JsonObject { [op] = day } } },
                new JsonObject { ["bool"] = new JsonObject { ["must_not"] = new JsonArray(new JsonObject { ["exists"] = new JsonObject { ["field"] = field } }) } }),
            ["minimum_should_match"] = 1,
        },
    };

    private static void AddTerm(JsonArray filters, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filters.Add(new JsonObject { ["term"] = new JsonObject { [field] = value.Trim() } });
        }
    }

    private static JsonObject Highlight(int noMatchSize) => new()
    {
        ["fragment_size"] = SnippetChars,
        ["number_of_fragments"] = 1,
        ["no_match_size"] = noMatchSize,
    };

    private static JsonObject Terms(string field, int size, bool byKeyDescending = false)
    {
        var terms = new JsonObject { ["field"] = field, ["size"] = size };
        if (byKeyDescending)
        {
            terms["order"] = new JsonObject { ["_key"] = "desc" };
        }

        return new JsonObject { ["terms"] = terms };
    }
}
