using Xunit.Abstractions;
using LegalReview.Search.Relevance;
using LegalReview.Search.Tests.Support;

namespace LegalReview.Search.Tests.Relevance;

public sealed class RelevanceBenchmarkTests(SampleIndexFixture fixture, ITestOutputHelper output) : IClassFixture<SampleIndexFixture>
{
    private static Task<IReadOnlyList<RelevanceQuery>> Queries() =>
        RelevanceQuery.LoadAsync(RepoPaths.Combine("benchmarks", "relevance", "queries.json"));

    [Fact]
    public async Task LoadAsync_QueriesFile_HasAtLeastFortyQueriesOnSampleLaws()
    {
        var queries = await Queries();

        queries.Count.ShouldBeGreaterThanOrEqualTo(40);
        queries.Select(q => q.Number).Distinct().ShouldBeSubsetOf(SampleLaws.All.Select(l => l.Number));
        queries.Count(q => q.Query == LegalReview.Search.Analysis.VietnameseText.Fold(q.Query)).ShouldBeGreaterThanOrEqualTo(10); // without diacritics
    }

    [Fact]
    public async Task RunAsync_SampleCorpus_RecallAtFiveIsAtLeastNinetyPercent()
    {
        var report = await new RelevanceBenchmark(fixture.Index).RunAsync(await Queries());

        foreach (var miss in report.Misses)
        {
            output.WriteLine($"MISS rank={miss.Rank?.ToString() ?? "-"} \"{miss.Query.Query}\" want {miss.Query.Number} {miss.Query.Article}; top: {string.Join(" | ", miss.TopHits)}");
        }

        output.WriteLine($"recall@5={report.Recall:F3} MRR={report.MeanReciprocalRank:F3}");
        report.Outcomes.ShouldAllBe(o => o.Error == null);
        report.Recall.ShouldBeGreaterThanOrEqualTo(0.9);
    }
}
