using LegalReview.Search.Lucene;
using LegalReview.Search.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace LegalReview.Search.Tests.Lucene;

/// <summary>
/// The six sample laws indexed one per commit (six segments, searched in slices on the cores), against the same index
/// merged to one segment (one slice): every query must give the same total, hits in the same order and the same facets.
/// </summary>
public sealed class SlicedSearcherTests : IDisposable
{
    private readonly string _sliced = Path.Combine(Path.GetTempPath(), "legalreview-sliced-" + Guid.NewGuid().ToString("N"));
    private readonly string _single = Path.Combine(Path.GetTempPath(), "legalreview-single-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var folder in new[] { _sliced, _single })
        {
            if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    public static TheoryData<string, string?, bool> Queries => new()
    {
        { "người lao động đơn phương chấm dứt hợp đồng", null, false },
        { "nguoi lao dong", null, true },
        { "\"bảo hiểm xã hội\"", null, false },
        { "tiền lương", "Law", true },
        { "công đoàn OR việc làm", null, true },
        { "hợp đồng lao động", "sort-by-date", false },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task SearchAsync_ManySegments_SameResultsAsOneSegment(string text, string? option, bool facets)
    {
        var laws = SampleLaws.AllIndexed();
        using var sliced = new LuceneSearchIndex(_sliced);
        using var single = new LuceneSearchIndex(_single);
        foreach (var law in laws)
        {
            await sliced.IndexAsync([law]);
        }

        await single.IndexAsync(laws);
        await single.OptimizeAsync(1);
        var query = new SearchQuery(text, Type: option == "Law" ? "Law" : null, Sort: option == "sort-by-date" ? SearchSort.Date : SearchSort.Relevance,
            PageSize: 50, IncludeFacets: facets);

        var a = await sliced.SearchAsync(query);
        var b = await single.SearchAsync(query);

        SegmentCount(_sliced).ShouldBeGreaterThan(1);
        a.Total.ShouldBeGreaterThan(0);
        a.Total.ShouldBe(b.Total);
        a.Hits.Select(h => (h.DocumentNumber, h.ProvisionId)).ShouldBe(b.Hits.Select(h => (h.DocumentNumber, h.ProvisionId)));
        a.Hits.Select(h => h.Score).ShouldBe(b.Hits.Select(h => h.Score), tolerance: 1e-4);
        a.Facets.ShouldBeEquivalentTo(b.Facets);
    }

    [Fact]
    public void Partition_UnevenSegments_ContiguousSlicesOfAboutEqualSize()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(global::Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            foreach (var size in new[] { 50, 10, 10, 10, 20 })
            {
                for (var i = 0; i < size; i++) writer.AddDocument([]);
                writer.Commit();
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var slices = SlicedSearcher.Partition(reader.Leaves, 2);

        slices.Length.ShouldBe(2);
        slices.Select(s => s.Sum(l => l.AtomicReader.MaxDoc)).ShouldBe([50, 50]);
        slices.SelectMany(s => s).Select(l => l.DocBase).ShouldBe(reader.Leaves.Select(l => l.DocBase));
        SlicedSearcher.Partition(reader.Leaves, 1).Single().Count.ShouldBe(5);
    }

    [Fact]
    public async Task OptimizeAsync_TwoSegments_EvenContiguousSegmentsWithTheSameResults()
    {
        using var index = new LuceneSearchIndex(_sliced);
        foreach (var law in SampleLaws.AllIndexed())
        {
            await index.IndexAsync([law]);
        }

        var query = new SearchQuery("người lao động", PageSize: 50);
        var before = await index.SearchAsync(query);

        await index.OptimizeAsync(2);

        var sizes = SegmentSizes(_sliced);
        sizes.Count.ShouldBe(2);
        // Six segments (one per law) cut into two runs of about half the entries each.
        ((double)sizes.Max() / sizes.Min()).ShouldBeLessThan(2.0);
        var after = await index.SearchAsync(query);
        after.Total.ShouldBe(before.Total);
        after.Hits.Select(h => (h.DocumentNumber, h.ProvisionId)).ShouldBe(before.Hits.Select(h => (h.DocumentNumber, h.ProvisionId)));
    }

    [Fact]
    public void ContiguousRuns_Sizes_CutWhereEachRunReachesItsShare()
    {
        ContiguousRuns.Of([50, 10, 10, 10, 20], 2).ShouldBe([[0], [1, 2, 3, 4]]);
        ContiguousRuns.Of([10, 10, 10, 10], 2).ShouldBe([[0, 1], [2, 3]]);
        ContiguousRuns.Of([90, 5, 5], 3).ShouldBe([[0], [1], [2]]);
        ContiguousRuns.Of([7], 4).ShouldBe([[0]]);
        ContiguousRuns.Of([], 2).ShouldBe([[]]);
    }

    private static List<int> SegmentSizes(string dataFolder)
    {
        using var directory = FSDirectory.Open(Path.Combine(dataFolder, LuceneSearchIndex.FolderName));
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Select(l => l.AtomicReader.MaxDoc).ToList();
    }

    private static int SegmentCount(string dataFolder)
    {
        using var directory = FSDirectory.Open(Path.Combine(dataFolder, LuceneSearchIndex.FolderName));
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }
}
