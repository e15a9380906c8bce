using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace LegalReview.Search.Lucene;

/// <summary>Counts facet values of every matching entry from doc values (there is no facet package here).</summary>
internal sealed class FacetCollector : ICollector
{
    private static readonly string[] SingleValued = [SearchFields.DocType, SearchFields.Issuer, SearchFields.Validity];

    private readonly Dictionary<string, Dictionary<string, long>> _counts = new()
    {
        [SearchFields.DocType] = [],
        [SearchFields.Issuer] = [],
        [SearchFields.Validity] = [],
        [SearchFields.Year] = [],
        [SearchFields.Topics] = [],
    };

    private SortedDocValues?[] _single = [];
    private int[][] _singleOrdCounts = [];
    private SortedSetDocValues? _topics;
    private long[] _topicOrdCounts = [];
    private NumericDocValues? _year;
    private IBits? _hasYear;

    // Counted per hit, so by array index rather than by dictionary key: this runs for every match of a search page
    // query (most of a million entries for common words). Years outside the range go to the dictionary.
    private const int FirstYear = 1800;
    private readonly long[] _yearCounts = new long[400];
    private readonly Dictionary<long, long> _otherYearCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _single = SingleValued.Select(reader.GetSortedDocValues).ToArray();
        _singleOrdCounts = _single.Select(dv => new int[dv?.ValueCount ?? 0]).ToArray();
        _topics = reader.GetSortedSetDocValues(SearchFields.Topics);
        _topicOrdCounts = new long[_topics?.ValueCount ?? 0];
        _year = reader.GetNumericDocValues(SearchFields.Year);
        _hasYear = reader.GetDocsWithField(SearchFields.Year);
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _single.Length; i++)
        {
            var ord = _single[i]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                _singleOrdCounts[i][ord]++;
            }
        }

        if (_topics is not null)
        {
            _topics.SetDocument(doc);
            long ord;
            while ((ord = _topics.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _topicOrdCounts[ord]++;
            }
        }

        if (_year is not null && _hasYear is not null && _hasYear.Get(doc))
        {
            // Counted by number and named once per segment: a string per hit costs more than the matching.
            var year = _year.Get(doc);
            var slot = year - FirstYear;
            if (slot >= 0 && slot < _yearCounts.Length)
            {
                _yearCounts[slot]++;
            }
            else
            {
                _otherYearCounts[year] = _otherYearCounts.GetValueOrDefault(year) + 1;
            }
        }
    }

    public SearchFacets ToFacets()
    {
        Flush();
        return new SearchFacets(
            Sorted(SearchFields.DocType),
            Sorted(SearchFields.Issuer),
            Sorted(SearchFields.Validity),
            _counts[SearchFields.Year].OrderByDescending(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Value)).ToArray(),
            Sorted(SearchFields.Topics));
    }

    private IReadOnlyList<FacetValue> Sorted(string field) =>
        _counts[field].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new FacetValue(kv.Key, kv.Value)).ToArray();

    // Values are resolved once per segment, not once per hit.
    private void Flush()
    {
        var bytes = new BytesRef();
        for (var i = 0; i < _single.Length; i++)
        {
            for (var ord = 0; ord < _singleOrdCounts[i].Length; ord++)
            {
                if (_singleOrdCounts[i][ord] > 0)
                {
                    _single[i]!.LookupOrd(ord, bytes);
                    Increment(SingleValued[i], bytes.Utf8ToString(), _singleOrdCounts[i][ord]);
                }
            }
        }

        for (var ord = 0; ord < _topicOrdCounts.Length; ord++)
        {
            if (_topicOrdCounts[ord] > 0)
            {
                _topics!.LookupOrd(ord, bytes);
                Increment(SearchFields.Topics, bytes.Utf8ToString(), _topicOrdCounts[ord]);
            }
        }

        for (var slot = 0; slot < _yearCounts.Length; slot++)
        {
            if (_yearCounts[slot] > 0)
            {
                IncrementYear(FirstYear + slot, _yearCounts[slot]);
            }
        }

        foreach (var (year, count) in _otherYearCounts)
        {
            IncrementYear(year, count);
        }

        _single = [];
        _singleOrdCounts = [];
        _topicOrdCounts = [];
        Array.Clear(_yearCounts);
        _otherYearCounts.Clear();
    }

    /// <summary>Adds the counts of a collector that saw other segments (a parallel slice of the same search).</summary>
    public void Add(FacetCollector other)
    {
        other.Flush();
        foreach (var (field, counts) in other._counts)
        {
            foreach (var (value, count) in counts)
            {
                Increment(field, value, count);
            }
        }
    }

    private void IncrementYear(long year, long by) =>
        Increment(SearchFields.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), by);

    private void Increment(string field, string value, long by)
    {
        var counts = _counts[field];
        counts[value] = counts.GetValueOrDefault(value) + by;
    }
}
