namespace LegalReview.Search;

/// <summary>
/// Full-text index over documents and their provisions (articles and clauses). The index is derived data: it can be
/// cleared and rebuilt from the database at any time. Implementations are thread-safe singletons.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// Upserts documents: each document's previous entries (its document-level entry and all its provisions) are
    /// replaced by the given ones. The batch is committed (visible to searches) when the task completes.
    /// </summary>
    Task IndexAsync(IReadOnlyList<IndexedDocument> docs, CancellationToken cancellationToken = default);

    /// <summary>Removes a document and all its provisions. Deleting an unknown id is not an error.</summary>
    Task DeleteAsync(long documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a query. Never throws for bad user input: a query the syntax cannot accept comes back as a
    /// <see cref="SearchResult"/> with <see cref="SearchResult.Error"/> set to a Vietnamese one-line reason.
    /// </summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Document id → version stamp of every indexed document, to find missing or stale ones (verify).</summary>
    Task<IReadOnlyDictionary<long, string>> GetIndexedStampsAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes everything (before a full reindex).</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Document numbers starting with <paramref name="prefix"/>, compared in normalized form
    /// ("45/2019/qh" finds "45/2019/QH14"; "nd-cp" equals "NĐ-CP"). Returns the numbers as written.
    /// </summary>
    Task<IReadOnlyList<string>> SuggestNumbersAsync(string prefix, int max = 10, CancellationToken cancellationToken = default);
}
