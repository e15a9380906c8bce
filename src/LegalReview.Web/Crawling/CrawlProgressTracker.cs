using System.Collections.Concurrent;
using LegalReview.Crawlers;

namespace LegalReview.Web.Crawling;

/// <summary>Live progress of running crawls, per source (for the Sources page's progress bar).</summary>
public sealed class CrawlProgressTracker
{
    private readonly ConcurrentDictionary<string, CrawlProgress> _running = new();

    public void Started(string sourceId) => _running[sourceId] = new CrawlProgress(0, 0, 0, 0, 0, 0, null);

    public void Report(string sourceId, CrawlProgress progress) => _running[sourceId] = progress;

    public void Stopped(string sourceId) => _running.TryRemove(sourceId, out _);

    /// <summary>The progress of a running crawl; null when the source is idle.</summary>
    public CrawlProgress? Current(string sourceId) => _running.GetValueOrDefault(sourceId);

    public bool AnyRunning => !_running.IsEmpty;
}
