namespace LegalReview.Core.Diffing;

/// <summary>
/// One measured step of a benchmark: best, median and mean time over the runs, and what was measured.
/// <paramref name="Memory"/> is null for work done outside this process (git).
/// </summary>
public sealed record BenchmarkTiming(string Name, TimeSpan Best, TimeSpan Median, TimeSpan Mean, int Runs, BenchmarkMemory? Memory, string Detail);
