namespace LegalReview.Search.Lucene;

/// <summary>
/// Cuts a sequence of segment sizes into contiguous runs of about equal sum: the slices that
/// <see cref="SlicedSearcher"/> searches in parallel and the groups that <see cref="BalancedMergePolicy"/> merges.
/// Contiguous, so that documents keep their index order.
/// </summary>
internal static class ContiguousRuns
{
    /// <summary>Indexes of <paramref name="sizes"/> in at most <paramref name="count"/> runs (at least one).</summary>
    public static List<List<int>> Of(IReadOnlyList<long> sizes, int count)
    {
        var total = sizes.Sum();
        var runs = new List<List<int>> { new() };
        long done = 0;
        for (var i = 0; i < sizes.Count; i++)
        {
            runs[^1].Add(i);
            done += sizes[i];
            // Close the run once it reaches its share, keeping at least one item for the next run.
            if (runs.Count < count && i < sizes.Count - 1 && done * count >= total * runs.Count)
            {
                runs.Add([]);
            }
        }

        return runs;
    }
}
