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

    /// <summary>
    /// Scores the hits of <paramref name="firstPass"/> again with <paramref name="query"/> (a hit it does not match keeps
    /// its first-pass score) and returns the best <paramref name="topN"/>, by score then document order. Lucene's
    /// QueryRescorer does the same on one thread; here each slice scores its own hits on its own core, with one weight
    /// (the same term statistics) for all.
    /// </summary>
    public TopDocs Rescore(Query query, TopDocs firstPass, int topN)
    {
        var weight = CreateNormalizedWeight(query);
        var hits = firstPass.ScoreDocs.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();

        void RescoreSlice(int i)
        {
            foreach (var leaf in _slices[i])
            {
                var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
                var first = LowerBound(hits, leaf.DocBase);
                if (first == hits.Length || hits[first].Doc >= end)
                {
                    continue;
                }

                var scorer = weight.GetScorer(leaf, null);
                for (var h = first; h < hits.Length && hits[h].Doc < end; h++)
                {
                    var target = hits[h].Doc - leaf.DocBase;
                    var doc = scorer is null ? DocIdSetIterator.NO_MORE_DOCS : scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                    if (doc == target)
                    {
                        hits[h].Score = scorer!.GetScore();
                    }
                }
            }
        }

        if (_slices.Length == 1)
        {
            RescoreSlice(0);
        }
        else
        {
            Parallel.For(0, _slices.Length, RescoreSlice);
        }

        var best = hits.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(topN).ToArray();
        return new TopDocs(firstPass.TotalHits, best, best.Length == 0 ? float.NaN : best[0].Score);
    }

    private static int LowerBound(ScoreDoc[] byDoc, int doc)
    {
        int low = 0, high = byDoc.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (byDoc[mid].Doc < doc) low = mid + 1; else high = mid;
        }

        return low;
    }

    /// <summary>Contiguous runs of segments with about the same number of documents each.</summary>
    internal static IList<AtomicReaderContext>[] Partition(IList<AtomicReaderContext> leaves, int cores) =>
        leaves.Count == 0
            ? [leaves] // an empty index is one empty slice
            : ContiguousRuns.Of(leaves.Select(l => (long)l.AtomicReader.MaxDoc).ToList(), Math.Max(1, cores))
                .Select(run => (IList<AtomicReaderContext>)run.Select(i => leaves[i]).ToList())
                .ToArray();
}
