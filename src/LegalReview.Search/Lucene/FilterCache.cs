using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LegalReview.Search.Lucene;

/// <summary>
/// Filters (type, issuer, validity, topic, year, in force on a date) as cached bitsets. Reviewers reuse a few filter
/// combinations, so each one is computed once per index segment (<see cref="CachingWrapperFilter"/> keys its bits by
/// segment, so after an update only new segments are computed). The as-of bounds read the dates from the field cache
/// (4 bytes per entry and field) instead of enumerating numeric range terms over every entry.
/// </summary>
internal sealed class FilterCache
{
    private const int MaxEntries = 64;

    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    /// <summary>The cached filter of <paramref name="query"/>'s filters, or null when it has none.</summary>
    public Filter? For(SearchQuery query)
    {
        var key = Key(query);
        if (key.Length == 0)
        {
            return null;
        }

        if (_filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_filters.Count >= MaxEntries)
        {
            _filters.Clear(); // rare (many distinct dates); recomputing is cheap next to unbounded growth
        }

        return _filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(Build(query))));
    }

    private static Query Build(SearchQuery query)
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
            // In force on the day: effective on or before it (unknown = always) and expiring after it (unknown = never).
            var day = LuceneDocumentMapper.DateKey(asOf);
            filter.Add(new ConstantScoreQuery(FieldCacheRangeFilter.NewInt32Range(SearchFields.EffectiveOn, FieldCache.NUMERIC_UTILS_INT32_PARSER, null, day, true, true)), Occur.MUST);
            filter.Add(new ConstantScoreQuery(FieldCacheRangeFilter.NewInt32Range(SearchFields.ExpiresOn, FieldCache.NUMERIC_UTILS_INT32_PARSER, day, null, false, true)), Occur.MUST);
        }

        return filter;
    }

    private static void AddTerm(BooleanQuery filter, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filter.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
        }
    }

    private static string Key(SearchQuery query)
    {
        var parts = new[]
        {
            query.Type?.Trim(), query.Issuer?.Trim(), query.Validity?.Trim(), query.Topic?.Trim(),
            query.Year?.ToString(CultureInfo.InvariantCulture), query.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return parts.All(string.IsNullOrEmpty) ? "" : string.Join('\u001f', parts);
    }
}
