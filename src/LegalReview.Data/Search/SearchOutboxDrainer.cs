using LegalReview.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Search;

/// <summary>
/// Feeds the search index from <see cref="SearchOutboxEntry"/> rows: pending entries in id order, one commit of the
/// index per batch, and only then the entries are marked processed (at-least-once; indexing a document is an
/// idempotent upsert of its current state). A failing document gets its error recorded and is retried with
/// exponential backoff; after <see cref="MaxAttempts"/> failures it is left for <c>verify</c> to report (poison).
/// Scoped like <see cref="SearchIndexing"/>; run one drainer at a time per database (the web app's Hangfire job is
/// not concurrent; the CLI drains inside its own command).
/// </summary>
public sealed class SearchOutboxDrainer(
    LegalReviewDbContext db, SearchIndexing indexing, ISearchIndex index, TimeProvider time, ILogger<SearchOutboxDrainer> logger)
{
    /// <summary>Failures after which an entry is no longer retried (a poison entry).</summary>
    public const int MaxAttempts = 6;

    private const int BatchSize = 50;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    /// <summary>Indexes every entry due now, batch after batch, until none is left.</summary>
    public async Task<SearchDrainResult> DrainAsync(CancellationToken ct = default)
    {
        var (documents, processed, failed) = (0, 0, 0);
        // Entries that fail get a later NextAttemptAt, so each loop either shrinks the due set or stops.
        while (true)
        {
            var now = time.GetUtcNow();
            var batch = await Due(now).OrderBy(e => e.Id).Take(BatchSize).AsNoTracking()
                .Select(e => new { e.Id, e.DocumentId }).ToListAsync(ct);
            if (batch.Count == 0) break;

            var lastId = batch[^1].Id;
            var ids = batch.Select(e => e.DocumentId).Distinct().ToList();
            try
            {
                await indexing.IndexDocumentsAsync(ids, null, ct);
                processed += await MarkProcessedAsync(ids, lastId, ct);
                documents += ids.Count;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad document must not hold back the others: retry the batch one document at a time.
                logger.LogWarning(ex, "Search outbox batch of {Count} documents failed; retrying one by one", ids.Count);
                foreach (var id in ids)
                {
                    try
                    {
                        await indexing.IndexDocumentsAsync([id], null, ct);
                        processed += await MarkProcessedAsync([id], lastId, ct);
                        documents++;
                    }
                    catch (Exception one) when (one is not OperationCanceledException)
                    {
                        failed += await RecordFailureAsync(id, lastId, one, ct);
                    }
                }
            }
        }

        var pending = await db.SearchOutbox.CountAsync(e => e.ProcessedAt == null, ct);
        if (processed + failed > 0)
        {
            logger.LogInformation("Search outbox: {Documents} documents indexed ({Processed} entries), {Failed} failed, {Pending} pending",
                documents, processed, failed, pending);
        }

        return new SearchDrainResult(documents, processed, failed, pending);
    }

    /// <summary>
    /// Queues every document when the index is empty but the database is not (first start with this index, or a
    /// deleted index folder), so the index heals without a manual <c>reindex</c>. Returns how many were queued.
    /// </summary>
    public async Task<int> EnqueueAllIfIndexEmptyAsync(CancellationToken ct = default)
    {
        if ((await index.GetIndexedStampsAsync(ct)).Count > 0) return 0;
        if (await db.SearchOutbox.AnyAsync(e => e.ProcessedAt == null && e.Reason == SearchOutboxReason.Rebuild, ct)) return 0;
        var ids = await db.Documents.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        SearchOutbox.Enqueue(db, ids, SearchOutboxReason.Rebuild, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return ids.Count;
    }

    private IQueryable<SearchOutboxEntry> Due(DateTimeOffset now) =>
        db.SearchOutbox.Where(e => e.ProcessedAt == null && e.Attempts < MaxAttempts && (e.NextAttemptAt == null || e.NextAttemptAt <= now));

    /// <summary>Marks every pending entry of the documents up to <paramref name="lastId"/>: the index now holds their current state.</summary>
    private async Task<int> MarkProcessedAsync(IReadOnlyList<long> documentIds, long lastId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var entries = await db.SearchOutbox
            .Where(e => e.ProcessedAt == null && e.Id <= lastId && documentIds.Contains(e.DocumentId)).ToListAsync(ct);
        foreach (var entry in entries)
        {
            entry.ProcessedAt = now;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return entries.Count;
    }

    private async Task<int> RecordFailureAsync(long documentId, long lastId, Exception error, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var entries = await Due(now).Where(e => e.Id <= lastId && e.DocumentId == documentId).ToListAsync(ct);
        var message = error.GetType().Name + ": " + error.Message.ReplaceLineEndings(" ");
        foreach (var entry in entries)
        {
            entry.Attempts++;
            entry.LastError = message.Length <= 1000 ? message : message[..1000];
            var backoff = FirstBackoff * Math.Pow(2, entry.Attempts - 1);
            entry.NextAttemptAt = now + (backoff < MaxBackoff ? backoff : MaxBackoff);
            if (entry.Attempts >= MaxAttempts)
            {
                logger.LogError(error, "Search outbox entry {Id} (document {DocumentId}) failed {Attempts} times and is no longer retried; " +
                    "`legalreview verify` lists it, `legalreview reindex` clears it", entry.Id, documentId, entry.Attempts);
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogWarning("Indexing document {DocumentId} failed: {Error}", documentId, message);
        return entries.Count;
    }
}
