namespace LegalReview.Core.Diffing;

/// <summary>One measured step of a benchmark: best time over the runs, and what was measured.</summary>
public sealed record BenchmarkTiming(string Name, TimeSpan Best, TimeSpan Mean, int Runs, string Detail);
