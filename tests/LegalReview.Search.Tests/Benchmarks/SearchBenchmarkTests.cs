using LegalReview.Search.Benchmarks;
using LegalReview.Search.Tests.Support;

namespace LegalReview.Search.Tests.Benchmarks;

public sealed class SearchBenchmarkTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "legalreview-bench-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static IEnumerable<string> SampleTexts() =>
        SampleLaws.All.Select(l => File.ReadAllText(RepoPaths.Combine("samples", "laws", l.File)));

    [Fact]
    public async Task RunAsync_SmallCorpus_ReportsBothEnginesOnTheSameQueries()
    {
        var report = await new SearchBenchmark().RunAsync(SampleTexts(), new SearchBenchmarkOptions(_folder, Provisions: 1_500, ProvisionsPerDocument: 100, QueriesPerKind: 5));

        report.Provisions.ShouldBe(1_500);
        report.Queries.ShouldBe(20);
        foreach (var engine in new[] { report.Lucene, report.Fts5, report.LuceneWithFacets })
        {
            engine.IndexBytes.ShouldBeGreaterThan(0);
            engine.Latency.Count.ShouldBe(20);
            engine.ByKind.Keys.ShouldBe(["term", "phrase", "filtered", "as-of"], ignoreOrder: true);
        }
    }

    [Fact]
    public async Task RunAsync_TwoRuns_BuildTheSameCorpus()
    {
        var options = new SearchBenchmarkOptions(_folder, Provisions: 300, ProvisionsPerDocument: 100, QueriesPerKind: 2);

        var first = await new SearchBenchmark().RunAsync(SampleTexts(), options);
        var second = await new SearchBenchmark().RunAsync(SampleTexts(), options);

        second.Fts5.IndexBytes.ShouldBe(first.Fts5.IndexBytes);
    }

    [Fact]
    public async Task RunAsync_ReuseIndexes_SecondRunMeasuresQueriesOnTheKeptIndexes()
    {
        var options = new SearchBenchmarkOptions(_folder, Provisions: 300, ProvisionsPerDocument: 100, QueriesPerKind: 2, ReuseIndexes: true);

        var first = await new SearchBenchmark().RunAsync(SampleTexts(), options);
        var second = await new SearchBenchmark().RunAsync(SampleTexts(), options);
        var otherCorpus = await new SearchBenchmark().RunAsync(SampleTexts(), options with { Provisions = 200 });

        first.Lucene.IndexTime.ShouldBeGreaterThan(TimeSpan.Zero);
        second.Lucene.IndexTime.ShouldBe(TimeSpan.Zero);
        second.Fts5.IndexTime.ShouldBe(TimeSpan.Zero);
        second.Lucene.IndexBytes.ShouldBe(first.Lucene.IndexBytes);
        second.Fts5.IndexBytes.ShouldBe(first.Fts5.IndexBytes);
        otherCorpus.Lucene.IndexTime.ShouldBeGreaterThan(TimeSpan.Zero); // another corpus is rebuilt, never reused
        otherCorpus.Fts5.IndexBytes.ShouldBeLessThan(first.Fts5.IndexBytes);
    }

    [Fact]
    public async Task RunAsync_ReuseIndexesInForeignFolder_RefusesAndDeletesNothing()
    {
        Directory.CreateDirectory(_folder);
        var mine = Path.Combine(_folder, "ghi-chu.txt");
        File.WriteAllText(mine, "không phải của benchmark");

        await Should.ThrowAsync<ArgumentException>(() =>
            new SearchBenchmark().RunAsync(SampleTexts(), new SearchBenchmarkOptions(_folder, Provisions: 300, ReuseIndexes: true)));

        File.ReadAllText(mine).ShouldBe("không phải của benchmark");
    }

    [Fact]
    public async Task RunAsync_NoSentences_RejectsWithReason()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => new SearchBenchmark().RunAsync(["ngắn."], new SearchBenchmarkOptions(_folder, Provisions: 10)));

        error.Message.ShouldContain("sentences");
    }
}
