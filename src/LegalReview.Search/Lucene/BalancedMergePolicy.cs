using Lucene.Net.Index;

namespace LegalReview.Search.Lucene;

/// <summary>
/// <see cref="TieredMergePolicy"/> for everyday merges, but a forced merge to N segments (after a bulk build) makes N
/// contiguous segments of about the same number of documents. The tiered policy would merge everything but one
/// segment, leaving e.g. 90 % / 10 % (seen on the 1M benchmark index), and <see cref="SlicedSearcher"/> gains from a
/// second core only as much as the slices are even. Contiguous groups keep the documents in index order.
/// </summary>
internal sealed class BalancedMergePolicy : MergePolicy
{
    private readonly TieredMergePolicy _tiered = new();

    public override void SetIndexWriter(IndexWriter writer)
    {
        base.SetIndexWriter(writer);
        _tiered.SetIndexWriter(writer);
    }

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos segmentInfos) =>
        _tiered.FindMerges(mergeTrigger, segmentInfos);

    public override MergeSpecification? FindForcedDeletesMerges(SegmentInfos segmentInfos) =>
        _tiered.FindForcedDeletesMerges(segmentInfos);

    public override bool UseCompoundFile(SegmentInfos segments, SegmentCommitInfo newSegment) =>
        _tiered.UseCompoundFile(segments, newSegment);

    public override MergeSpecification? FindForcedMerges(
        SegmentInfos segmentInfos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        var segments = segmentInfos.Segments.ToList();
        // The writer calls again after every merge: once N segments (or fewer) remain, the forced merge is done.
        if (segments.Count <= maxSegmentCount || segments.Any(s => !segmentsToMerge.ContainsKey(s)))
        {
            return null;
        }

        MergeSpecification? spec = null;
        foreach (var group in ContiguousRuns.Of(segments.Select(s => (long)s.Info.DocCount).ToList(), maxSegmentCount))
        {
            if (group.Count > 1)
            {
                spec ??= new MergeSpecification();
                spec.Add(new OneMerge(group.Select(i => segments[i]).ToList()));
            }
        }

        return spec;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _tiered.Dispose();
        }
    }
}
