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
    public async Task RunAsync_NoSentences_RejectsWithReason()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => new SearchBenchmark().RunAsync(["ngắn."], new SearchBenchmarkOptions(_folder, Provisions: 10)));

        error.Message.ShouldContain("sentences");
    }
}
