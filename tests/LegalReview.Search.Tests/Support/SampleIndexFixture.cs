using LegalReview.Search.Lucene;

namespace LegalReview.Search.Tests.Support;

/// <summary>A Lucene index of all sample laws in a temporary folder, shared by a test class.</summary>
public sealed class SampleIndexFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "legalreview-search-" + Guid.NewGuid().ToString("N"));

    public LuceneSearchIndex Index { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Index = new LuceneSearchIndex(_folder);
        await Index.IndexAsync(SampleLaws.AllIndexed());
    }

    public Task DisposeAsync()
    {
        Index.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
