using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace LegalReview.Search.Lucene;

/// <summary>
/// An <see cref="IndexSearcher"/> that splits the index's segments into as many contiguous slices as there are cores
/// and collects each slice on its own thread, then merges the top hits and facet counts. A query over a million
/// entries is bound by scoring every match; two cores halve that when the index has two or more segments of similar
/// size (the bulk build merges to <see cref="LuceneSearchIndex.SegmentsAfterBulkBuild"/>). Slices are contiguous, so
/// hits of equal score keep the document order a single pass would give.
/// </summary>
internal sealed class SlicedSearcher : IndexSearcher
{
    private readonly IList<AtomicReaderContext>[] _slices;

    public SlicedSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = new BM25Similarity();
        _slices = Partition(reader.Leaves, Environment.ProcessorCount);
    }

    /// <summary>Number of slices searched in parallel (1 for a one-segment index).</summary>
    public int SliceCount => _slices.Length;

    /// <summary>
    /// Runs <paramref name="query"/> under <paramref name="filter"/> over every slice with a fresh top-hits collector
    /// from <paramref name="newTop"/> (and a facet collector when <paramref name="withFacets"/>), merging the results.
    /// </summary>
    /// <param name="sort">The sort the collectors use, null for relevance; the merge needs it.</param>
    public (TopDocs Top, FacetCollector? Facets) Collect(
        Query query, Filter? filter, Func<ITopDocsCollector> newTop, Sort? sort, int topN, bool withFacets)
    {
        var weight = CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        var tops = new TopDocs[_slices.Length];
        var facets = new FacetCollector?[_slices.Length];

        void CollectSlice(int i)
        {
            var top = newTop();
            var facet = withFacets ? new FacetCollector() : null;
            Search(_slices[i], weight, facet is null ? top : MultiCollector.Wrap(top, facet));
            tops[i] = top.GetTopDocs();
            facets[i] = facet;
        }

        if (_slices.Length == 1)
        {
            CollectSlice(0);
        }
        else
        {
            Parallel.For(0, _slices.Length, CollectSlice);
        }

        var merged = _slices.Length == 1 ? tops[0] : TopDocs.Merge(sort, topN, tops);
        FacetCollector? allFacets = null;
        if (withFacets)
        {
            allFacets = facets[0]!;
            for (var i = 1; i < facets.Length; i++)
            {
                allFacets.Add(facets[i]!);
            }
        }

        return (merged, allFacets);
    }

    /// <summary>Contiguous runs of segments with about the same number of documents each.</summary>
    internal static IList<AtomicReaderContext>[] Partition(IList<AtomicReaderContext> leaves, int cores) =>
        leaves.Count == 0
            ? [leaves] // an empty index is one empty slice
            : ContiguousRuns.Of(leaves.Select(l => (long)l.AtomicReader.MaxDoc).ToList(), Math.Max(1, cores))
                .Select(run => (IList<AtomicReaderContext>)run.Select(i => leaves[i]).ToList())
                .ToArray();
}
