using System.Collections.Concurrent;

namespace LegalReview.Crawlers.Http;

/// <summary>Thread-safe counters of everything the fetcher did; every failed attempt is counted by kind, retried or not.</summary>
public sealed class FetchStatistics
{
    private readonly ConcurrentDictionary<FetchFaultKind, int> _faults = new();
    private long _requests, _success, _notModified, _retries, _bytes, _robotsFetches;

    /// <summary>HTTP requests sent (each attempt and each redirect hop counts).</summary>
    public long Requests => Interlocked.Read(ref _requests);
    /// <summary>2xx responses.</summary>
    public long Success2xx => Interlocked.Read(ref _success);
    /// <summary>304 responses.</summary>
    public long NotModified304 => Interlocked.Read(ref _notModified);
    /// <summary>Attempts repeated after a transient fault.</summary>
    public long Retries => Interlocked.Read(ref _retries);
    /// <summary>Body bytes received.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);
    /// <summary>robots.txt files fetched.</summary>
    public long RobotsFetches => Interlocked.Read(ref _robotsFetches);

    /// <summary>Fault counts by kind.</summary>
    public IReadOnlyDictionary<FetchFaultKind, int> Faults => new Dictionary<FetchFaultKind, int>(_faults);

    public int FaultCount(FetchFaultKind kind) => _faults.GetValueOrDefault(kind);

    public override string ToString() =>
        $"requests={Requests} 2xx={Success2xx} 304={NotModified304} retries={Retries} bytes={Bytes} faults=[{string.Join(", ", Faults.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value}"))}]";

    internal void Request() => Interlocked.Increment(ref _requests);
    internal void Success(long bytes) { Interlocked.Increment(ref _success); Interlocked.Add(ref _bytes, bytes); }
    internal void NotModified() => Interlocked.Increment(ref _notModified);
    internal void Retry() => Interlocked.Increment(ref _retries);
    internal void Received(long bytes) => Interlocked.Add(ref _bytes, bytes);
    internal void RobotsFetch() => Interlocked.Increment(ref _robotsFetches);
    internal void Fault(FetchFaultKind kind) => _faults.AddOrUpdate(kind, 1, (_, n) => n + 1);
}
