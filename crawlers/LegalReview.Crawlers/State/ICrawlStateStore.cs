namespace LegalReview.Crawlers.State;

/// <summary>
/// Durable crawl progress of ONE source: the frontier of the current run, the URLs done in it, per-URL validators and
/// hashes across runs, counters and faults. Implementations: <see cref="InMemoryCrawlStateStore"/>,
/// <see cref="JsonFileCrawlStateStore"/>, and the integrator's EF Core store. Every method must be atomic: a process
/// killed between two calls leaves a consistent state from which the crawl resumes.
/// </summary>
public interface ICrawlStateStore
{
    /// <summary>
    /// Resumes the unfinished run if there is one (its frontier is kept), else starts a new run with an empty frontier,
    /// no URL done, no faults and zero counters. Per-URL states are kept across runs.
    /// </summary>
    Task<CrawlRunState> StartOrResumeRunAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Adds URLs to the frontier in one atomic step, skipping those already pending or done in this run;
    /// returns how many were added. Crawlers enqueue a page's links before completing the page, so none is lost.
    /// </summary>
    Task<int> EnqueueAsync(IReadOnlyList<FrontierEntry> entries, CancellationToken cancellationToken);

    /// <summary>The oldest pending entry (it stays pending until completed or failed); null when the frontier is empty.</summary>
    Task<FrontierEntry?> PeekNextAsync(CancellationToken cancellationToken);

    /// <summary>Number of pending entries.</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Atomically: removes <paramref name="url"/> from the frontier, marks it done in this run, saves the given
    /// per-URL states (the pages fetched for it) and adds <paramref name="counters"/> to the run.
    /// </summary>
    Task CompleteAsync(Uri url, IReadOnlyList<UrlState> urlStates, CrawlCounters counters, CancellationToken cancellationToken);

    /// <summary>Atomically: removes the fault's URL from the frontier, marks it done in this run, records the fault and adds <paramref name="counters"/>.</summary>
    Task FailAsync(CrawlFault fault, CrawlCounters counters, CancellationToken cancellationToken);

    /// <summary>What was stored for a URL by an earlier <see cref="CompleteAsync"/>, in this run or an earlier one.</summary>
    Task<UrlState?> GetUrlStateAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>Faults recorded in the current (or last) run.</summary>
    Task<IReadOnlyList<CrawlFault>> GetFaultsAsync(CancellationToken cancellationToken);

    /// <summary>The current (or last) run; null when no run was ever started.</summary>
    Task<CrawlRunState?> GetRunAsync(CancellationToken cancellationToken);

    /// <summary>Marks the run finished; the next <see cref="StartOrResumeRunAsync"/> starts a new one.</summary>
    Task FinishRunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
