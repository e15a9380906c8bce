namespace LegalReview.Crawlers.State;

/// <summary>The current (or last) run of one source.</summary>
/// <param name="RunId">Unique id of the run.</param>
/// <param name="StartedAt">When the run started (not when it was resumed).</param>
/// <param name="FinishedAt">Set when the frontier was emptied; null while the run is in progress or was killed.</param>
/// <param name="Resumed">True when <see cref="ICrawlStateStore.StartOrResumeRunAsync"/> picked up an unfinished run.</param>
/// <param name="Counters">Counters accumulated over the whole run, across resumptions.</param>
public sealed record CrawlRunState(string RunId, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, bool Resumed, CrawlCounters Counters);
