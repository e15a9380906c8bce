namespace LegalReview.Search.Benchmarks;

/// <summary>What one engine did on the benchmark corpus: index time and size, latency overall and per query kind.</summary>
public sealed record EngineFigures(
    string Engine,
    TimeSpan IndexTime,
    long IndexBytes,
    LatencyStats Latency,
    IReadOnlyDictionary<string, LatencyStats> ByKind);
