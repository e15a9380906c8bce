using LegalReview.Crawlers.State;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Crawling;

/// <summary>
/// <see cref="ICrawlStateStore"/> in the LegalReview database, for one source. Every mutating method ends in exactly
/// one <c>SaveChanges</c> (one transaction), so a process killed between two calls leaves a state the crawl resumes
/// from. The frontier of a run is one row per URL (unique per source), pending or done.
/// </summary>
public sealed class EfCrawlStateStore : ICrawlStateStore
{
    private readonly LegalReviewDbContext _db;
    private readonly string _trigger;

    /// <param name="db">The context; the store clears its change tracker after each call.</param>
    /// <param name="sourceId">The source whose state this is (rows of other sources are never touched).</param>
    /// <param name="trigger">Recorded on new runs: <c>scheduled</c>, <c>manual</c>, <c>cli</c>.</param>
    public EfCrawlStateStore(LegalReviewDbContext db, string sourceId, string trigger = "manual")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        _db = db;
        SourceId = sourceId;
        _trigger = trigger;
    }

    public string SourceId { get; }

    public async Task<CrawlRunState> StartOrResumeRunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await CurrentRunAsync(tracked: true, cancellationToken).ConfigureAwait(false);
        if (current is { FinishedAt: null })
        {
            _db.ChangeTracker.Clear();
            return ToState(current, resumed: true);
        }

        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await _db.CrawlFrontier.Where(f => f.SourceId == SourceId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var run = new CrawlRunRecord
        {
            SourceId = SourceId, RunId = Guid.NewGuid().ToString("N"), StartedAt = now, Trigger = _trigger,
        };
        _db.CrawlRuns.Add(run);
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ToState(run, resumed: false);
    }

    public async Task<int> EnqueueAsync(IReadOnlyList<FrontierEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return 0;
        var urls = entries.Select(e => Key(e.Url)).Distinct().ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        // Chunked so the IN list stays within the providers' parameter limits.
        foreach (var chunk in urls.Chunk(500))
        {
            var found = await _db.CrawlFrontier.AsNoTracking()
                .Where(f => f.SourceId == SourceId && chunk.Contains(f.Url))
                .Select(f => f.Url)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            known.UnionWith(found);
        }

        var added = 0;
        foreach (var entry in entries)
        {
            if (!known.Add(Key(entry.Url))) continue;
            _db.CrawlFrontier.Add(new CrawlFrontierItem
            {
                SourceId = SourceId, Url = Key(entry.Url), Depth = entry.Depth, Kind = entry.Kind, Data = entry.Data,
            });
            added++;
        }

        if (added > 0) await SaveAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    public async Task<FrontierEntry?> PeekNextAsync(CancellationToken cancellationToken)
    {
        var next = await _db.CrawlFrontier.AsNoTracking()
            .Where(f => f.SourceId == SourceId && !f.Done)
            .OrderBy(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return next is null ? null : new FrontierEntry(new Uri(next.Url), next.Depth, next.Kind, next.Data);
    }

    public Task<int> CountPendingAsync(CancellationToken cancellationToken) =>
        _db.CrawlFrontier.CountAsync(f => f.SourceId == SourceId && !f.Done, cancellationToken);

    public async Task CompleteAsync(Uri url, IReadOnlyList<UrlState> urlStates, CrawlCounters counters, CancellationToken cancellationToken)
    {
        await MarkDoneAsync(url, counters, cancellationToken).ConfigureAwait(false);
        var keys = urlStates.Select(s => Key(s.Url)).Distinct().ToList();
        var existing = keys.Count == 0
            ? []
            : await _db.CrawlUrls.Where(u => u.SourceId == SourceId && keys.Contains(u.Url))
                .ToDictionaryAsync(u => u.Url, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var state in urlStates)
        {
            var key = Key(state.Url);
            if (!existing.TryGetValue(key, out var row))
            {
                row = new CrawlUrlRecord { SourceId = SourceId, Url = key };
                _db.CrawlUrls.Add(row);
                existing[key] = row;
            }
            row.ContentHash = state.ContentHash;
            row.ETag = state.ETag;
            row.LastModified = state.LastModified;
            row.LastSeen = state.LastSeen;
        }

        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task FailAsync(CrawlFault fault, CrawlCounters counters, CancellationToken cancellationToken)
    {
        var run = await MarkDoneAsync(fault.Url, counters, cancellationToken).ConfigureAwait(false);
        _db.CrawlFaults.Add(new CrawlFaultRecord
        {
            SourceId = SourceId, RunId = run?.RunId ?? "", Url = Key(fault.Url), Kind = Truncate(fault.Kind, 40),
            Message = Truncate(fault.Message, 2000), At = fault.At,
        });
        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<UrlState?> GetUrlStateAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = Key(url);
        var row = await _db.CrawlUrls.AsNoTracking()
            .FirstOrDefaultAsync(u => u.SourceId == SourceId && u.Url == key, cancellationToken).ConfigureAwait(false);
        return row is null ? null : new UrlState(new Uri(row.Url), row.ContentHash, row.ETag, row.LastModified, row.LastSeen);
    }

    public async Task<IReadOnlyList<CrawlFault>> GetFaultsAsync(CancellationToken cancellationToken)
    {
        var run = await CurrentRunAsync(tracked: false, cancellationToken).ConfigureAwait(false);
        if (run is null) return [];
        var rows = await _db.CrawlFaults.AsNoTracking()
            .Where(f => f.SourceId == SourceId && f.RunId == run.RunId)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(f => new CrawlFault(new Uri(f.Url), f.Kind, f.Message, f.At)).ToList();
    }

    public async Task<CrawlRunState?> GetRunAsync(CancellationToken cancellationToken)
    {
        var run = await CurrentRunAsync(tracked: false, cancellationToken).ConfigureAwait(false);
        return run is null ? null : ToState(run, resumed: false);
    }

    public async Task FinishRunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var run = await CurrentRunAsync(tracked: true, cancellationToken).ConfigureAwait(false);
        if (run is null) return;
        run.FinishedAt = now;
        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tracks the frontier row as done and the run's counters; the caller saves.</summary>
    private async Task<CrawlRunRecord?> MarkDoneAsync(Uri url, CrawlCounters counters, CancellationToken cancellationToken)
    {
        var key = Key(url);
        var item = await _db.CrawlFrontier
            .FirstOrDefaultAsync(f => f.SourceId == SourceId && f.Url == key, cancellationToken).ConfigureAwait(false);
        if (item is null) _db.CrawlFrontier.Add(new CrawlFrontierItem { SourceId = SourceId, Url = key, Kind = "", Done = true });
        else item.Done = true;

        var run = await CurrentRunAsync(tracked: true, cancellationToken).ConfigureAwait(false);
        if (run is not null)
        {
            run.Fetched += counters.Fetched;
            run.New += counters.New;
            run.Changed += counters.Changed;
            run.Unchanged += counters.Unchanged;
            run.Failed += counters.Failed;
        }
        return run;
    }

    private Task<CrawlRunRecord?> CurrentRunAsync(bool tracked, CancellationToken cancellationToken)
    {
        var runs = tracked ? _db.CrawlRuns : _db.CrawlRuns.AsNoTracking();
        return runs.Where(r => r.SourceId == SourceId).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The context is shared with the ingestion; nothing tracked may leak into its next SaveChanges.
            _db.ChangeTracker.Clear();
        }
    }

    private static CrawlRunState ToState(CrawlRunRecord run, bool resumed) => new(
        run.RunId, run.StartedAt, run.FinishedAt, resumed,
        new CrawlCounters(run.Fetched, run.New, run.Changed, run.Unchanged, run.Failed));

    private static string Key(Uri url) => url.AbsoluteUri;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
