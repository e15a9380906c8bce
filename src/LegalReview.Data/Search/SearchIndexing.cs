using LegalReview.Core.Documents;
using LegalReview.Search;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Search;

/// <summary>
/// Reads documents from the database into the derived search index: indexing given documents (used by
/// <see cref="SearchOutboxDrainer"/>), full rebuild, and verification. Scoped (uses the request's
/// <see cref="LegalReviewDbContext"/>); the index itself is a singleton.
/// </summary>
public sealed class SearchIndexing(LegalReviewDbContext db, ISearchIndex index, TimeProvider time)
{
    private const int BatchSize = 20;

    /// <summary>Document id → stamp of its latest version, as the index should hold it.</summary>
    public async Task<IReadOnlyDictionary<long, string>> GetDatabaseStampsAsync(CancellationToken ct = default)
    {
        // Small columns only; picking the latest per document in memory avoids provider-specific SQL.
        var rows = await db.DocumentVersions.AsNoTracking()
            .Select(v => new { v.DocumentId, v.VersionNumber, v.Id, v.TextSha256 })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.DocumentId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.VersionNumber) is { } r ? SearchDocumentBuilder.Stamp(r.Id, r.TextSha256) : "");
    }

    /// <summary>
    /// Compares the database with the index by version stamp (the only place stamps are compared; keeping the index
    /// current is the outbox's job) and reports outbox entries still pending or failing.
    /// </summary>
    public async Task<SearchVerifyReport> VerifyAsync(CancellationToken ct = default)
    {
        var expected = await GetDatabaseStampsAsync(ct);
        var indexed = await index.GetIndexedStampsAsync(ct);
        var missing = expected.Keys.Where(id => !indexed.ContainsKey(id)).Order().ToList();
        var stale = expected.Where(e => indexed.TryGetValue(e.Key, out var s) && s != e.Value).Select(e => e.Key).Order().ToList();
        var orphaned = indexed.Keys.Where(id => !expected.ContainsKey(id)).Order().ToList();
        var pending = await db.SearchOutbox.AsNoTracking().Where(e => e.ProcessedAt == null)
            .OrderBy(e => e.Id)
            .Select(e => new SearchOutboxStatus(e.Id, e.DocumentId, e.Reason, e.Attempts, e.LastError))
            .ToListAsync(ct);
        return new SearchVerifyReport(expected.Count, missing, stale, orphaned, pending);
    }

    /// <summary>
    /// Indexes the current latest version of each document in <paramref name="documentIds"/> and removes from the
    /// index those no longer in the database. Idempotent; the index has committed when the task completes.
    /// </summary>
    public async Task IndexDocumentsAsync(IReadOnlyList<long> documentIds, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var done = 0;
        foreach (var batch in documentIds.Chunk(BatchSize))
        {
            var docs = await db.Documents.AsNoTracking().Where(d => batch.Contains(d.Id)).ToListAsync(ct);
            var entries = new List<IndexedDocument>(docs.Count);
            foreach (var doc in docs)
            {
                var latest = await LoadLatestAsync(doc.Id, ct);
                if (latest is not null)
                {
                    entries.Add(SearchDocumentBuilder.Build(doc, latest));
                }
            }

            if (entries.Count > 0)
            {
                await index.IndexAsync(entries, ct);
            }

            foreach (var gone in batch.Except(docs.Select(d => d.Id)))
            {
                await index.DeleteAsync(gone, ct);
            }

            done += batch.Length;
            progress?.Report(done);
        }
    }

    /// <summary>
    /// Clears the index and indexes every document; <paramref name="progress"/> gets the running count. Outbox
    /// entries queued before the rebuild started are marked processed (the rebuild read newer data).
    /// </summary>
    public async Task<int> ReindexAsync(IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var lastQueued = await db.SearchOutbox.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        var ids = await db.Documents.AsNoTracking().Select(d => d.Id).OrderBy(id => id).ToListAsync(ct);
        await index.ClearAsync(ct);
        await IndexDocumentsAsync(ids, progress, ct);
        var now = time.GetUtcNow();
        var covered = await db.SearchOutbox.Where(e => e.ProcessedAt == null && e.Id <= lastQueued).ToListAsync(ct);
        foreach (var entry in covered)
        {
            entry.ProcessedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return ids.Count;
    }

    /// <summary>Number of documents in the database (for progress bars).</summary>
    public Task<int> CountDocumentsAsync(CancellationToken ct = default) => db.Documents.CountAsync(ct);

    private async Task<DocumentVersion?> LoadLatestAsync(long documentId, CancellationToken ct)
    {
        var versionId = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == documentId)
            .OrderByDescending(v => v.VersionNumber)
            .Select(v => (long?)v.Id)
            .FirstOrDefaultAsync(ct);
        if (versionId is null)
        {
            return null;
        }

        // RawBytes and Text stay unloaded: the index needs the provisions and the text hash only.
        var version = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Id == versionId)
            .Select(v => new DocumentVersion { Id = v.Id, DocumentId = v.DocumentId, VersionNumber = v.VersionNumber, TextSha256 = v.TextSha256 })
            .FirstAsync(ct);
        version.Provisions = await db.Provisions.AsNoTracking().Where(p => p.VersionId == versionId).ToListAsync(ct);
        return version;
    }
}
