namespace LegalReview.Search.Benchmarks;

/// <summary>What one engine did on the benchmark corpus: index time and size, latency overall and per query kind.</summary>
/// <param name="CpuPerQuery">Process CPU time over the measured queries divided by their number (all threads, GC
/// included): unlike wall-clock latency it barely moves when other processes share the cores.</param>
public sealed record EngineFigures(
    string Engine,
    TimeSpan IndexTime,
    long IndexBytes,
    LatencyStats Latency,
    IReadOnlyDictionary<string, LatencyStats> ByKind,
    TimeSpan CpuPerQuery);
