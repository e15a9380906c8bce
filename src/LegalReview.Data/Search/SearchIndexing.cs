using LegalReview.Core.Documents;
using LegalReview.Search;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Search;

/// <summary>
/// Keeps the derived search index in line with the database: full rebuild, incremental sync by version stamp, and
/// verification. Scoped (uses the request's <see cref="LegalReviewDbContext"/>); the index itself is a singleton.
/// </summary>
public sealed class SearchIndexing(LegalReviewDbContext db, ISearchIndex index)
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

    /// <summary>Compares the database with the index.</summary>
    public async Task<SearchVerifyReport> VerifyAsync(CancellationToken ct = default)
    {
        var expected = await GetDatabaseStampsAsync(ct);
        var indexed = await index.GetIndexedStampsAsync(ct);
        var missing = expected.Keys.Where(id => !indexed.ContainsKey(id)).Order().ToList();
        var stale = expected.Where(e => indexed.TryGetValue(e.Key, out var s) && s != e.Value).Select(e => e.Key).Order().ToList();
        var orphaned = indexed.Keys.Where(id => !expected.ContainsKey(id)).Order().ToList();
        return new SearchVerifyReport(expected.Count, missing, stale, orphaned);
    }

    /// <summary>Indexes every document whose latest stamp differs from the index's and removes deleted ones.</summary>
    public async Task<SearchSyncResult> SyncAsync(CancellationToken ct = default)
    {
        var report = await VerifyAsync(ct);
        var toIndex = report.Missing.Concat(report.Stale).ToList();
        await IndexDocumentsAsync(toIndex, null, ct);
        foreach (var id in report.Orphaned)
        {
            await index.DeleteAsync(id, ct);
        }

        return new SearchSyncResult(toIndex.Count, report.Orphaned.Count);
    }

    /// <summary>Clears the index and indexes every document; <paramref name="progress"/> gets the running count.</summary>
    public async Task<int> ReindexAsync(IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var ids = await db.Documents.AsNoTracking().Select(d => d.Id).OrderBy(id => id).ToListAsync(ct);
        await index.ClearAsync(ct);
        await IndexDocumentsAsync(ids, progress, ct);
        return ids.Count;
    }

    /// <summary>Number of documents in the database (for progress bars).</summary>
    public Task<int> CountDocumentsAsync(CancellationToken ct = default) => db.Documents.CountAsync(ct);

    private async Task IndexDocumentsAsync(IReadOnlyList<long> ids, IProgress<int>? progress, CancellationToken ct)
    {
        var done = 0;
        foreach (var batch in ids.Chunk(BatchSize))
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

            await index.IndexAsync(entries, ct);
            done += batch.Length;
            progress?.Report(done);
        }
    }

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
