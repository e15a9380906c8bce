namespace LegalReview.Crawlers.State;

/// <summary>Crawl state kept in memory (tests, benchmarks, one-off CLI crawls). Thread-safe.</summary>
public class InMemoryCrawlStateStore : ICrawlStateStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // Mirrors Frontier for O(1) "already pending" checks; rebuilt when data is replaced.
    private HashSet<string> _pending = [];
    private CrawlStateData _data = new();

    private protected CrawlStateData Data
    {
        get => _data;
        set
        {
            _data = value;
            _pending = value.Frontier.Select(e => Key(e.Url)).ToHashSet();
        }
    }

    /// <summary>Called inside the lock after every mutation; the JSON store persists here.</summary>
    private protected virtual Task PersistAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<CrawlRunState> StartOrResumeRunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        MutateAsync(d =>
        {
            if (d.Run is { FinishedAt: null } unfinished)
            {
                d.Run = unfinished with { Resumed = true };
                return d.Run;
            }
            d.Run = new CrawlRunState(Guid.NewGuid().ToString("N"), now, null, false, CrawlCounters.Zero);
            d.Frontier.Clear();
            _pending.Clear();
            d.Done.Clear();
            d.Faults.Clear();
            return d.Run;
        }, cancellationToken);

    public Task<int> EnqueueAsync(IReadOnlyList<FrontierEntry> entries, CancellationToken cancellationToken) =>
        MutateAsync(d =>
        {
            var added = 0;
            foreach (var entry in entries)
            {
                var key = Key(entry.Url);
                if (d.Done.Contains(key) || !_pending.Add(key)) continue;
                d.Frontier.Add(entry);
                added++;
            }
            return added;
        }, cancellationToken, persistWhen: added => added > 0);

    public Task<FrontierEntry?> PeekNextAsync(CancellationToken cancellationToken) =>
        ReadAsync(d => d.Frontier.Count == 0 ? null : d.Frontier[0], cancellationToken);

    public Task<int> CountPendingAsync(CancellationToken cancellationToken) => ReadAsync(d => d.Frontier.Count, cancellationToken);

    public Task CompleteAsync(Uri url, IReadOnlyList<UrlState> urlStates, CrawlCounters counters, CancellationToken cancellationToken) =>
        MutateAsync(d =>
        {
            MarkDone(d, url, counters);
            foreach (var state in urlStates) d.Urls[Key(state.Url)] = state;
            return true;
        }, cancellationToken);

    public Task FailAsync(CrawlFault fault, CrawlCounters counters, CancellationToken cancellationToken) =>
        MutateAsync(d =>
        {
            MarkDone(d, fault.Url, counters);
            d.Faults.Add(fault);
            return true;
        }, cancellationToken);

    public Task<UrlState?> GetUrlStateAsync(Uri url, CancellationToken cancellationToken) =>
        ReadAsync(d => d.Urls.GetValueOrDefault(Key(url)), cancellationToken);

    public Task<IReadOnlyList<CrawlFault>> GetFaultsAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<CrawlFault>>(d => d.Faults.ToList(), cancellationToken);

    public Task<CrawlRunState?> GetRunAsync(CancellationToken cancellationToken) => ReadAsync(d => d.Run, cancellationToken);

    public Task FinishRunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        MutateAsync(d =>
        {
            if (d.Run is not null) d.Run = d.Run with { FinishedAt = now };
            return true;
        }, cancellationToken);

    private void MarkDone(CrawlStateData d, Uri url, CrawlCounters counters)
    {
        var key = Key(url);
        if (_pending.Remove(key)) d.Frontier.RemoveAll(e => Key(e.Url) == key);
        d.Done.Add(key);
        if (d.Run is not null) d.Run = d.Run with { Counters = d.Run.Counters.Add(counters) };
    }

    private static string Key(Uri url) => url.AbsoluteUri;

    private async Task<T> ReadAsync<T>(Func<CrawlStateData, T> read, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try { return read(_data); }
        finally { _gate.Release(); }
    }

    private async Task<T> MutateAsync<T>(
        Func<CrawlStateData, T> mutate, CancellationToken cancellationToken, Func<T, bool>? persistWhen = null)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = mutate(_data);
            // Persisting must not be abandoned half-way: the in-memory state already changed.
            if (persistWhen?.Invoke(result) ?? true) await PersistAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally { _gate.Release(); }
    }
}
