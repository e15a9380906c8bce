using LegalReview.Search;

namespace LegalReview.Data.Tests.Search;

/// <summary>Wraps a real index; while <see cref="Failing"/> is set, writes throw like an unreachable engine would.</summary>
internal sealed class FailingSearchIndex(ISearchIndex inner) : ISearchIndex
{
    public bool Failing { get; set; }

    public Task IndexAsync(IReadOnlyList<IndexedDocument> docs, CancellationToken cancellationToken = default) =>
        Failing ? throw new IOException("search engine unreachable") : inner.IndexAsync(docs, cancellationToken);

    public Task DeleteAsync(long documentId, CancellationToken cancellationToken = default) =>
        Failing ? throw new IOException("search engine unreachable") : inner.DeleteAsync(documentId, cancellationToken);

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyDictionary<long, string>> GetIndexedStampsAsync(CancellationToken cancellationToken = default) =>
        inner.GetIndexedStampsAsync(cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken = default) => inner.ClearAsync(cancellationToken);

    public Task<IReadOnlyList<string>> SuggestNumbersAsync(string prefix, int max = 10, CancellationToken cancellationToken = default) =>
        inner.SuggestNumbersAsync(prefix, max, cancellationToken);
}
