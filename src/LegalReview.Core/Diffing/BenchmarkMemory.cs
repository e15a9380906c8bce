namespace LegalReview.Core.Diffing;

/// <summary>
/// Managed memory of the measured runs, all threads included: bytes allocated per run and the garbage collections of
/// each generation over all the runs.
/// </summary>
public sealed record BenchmarkMemory(long AllocatedBytesPerRun, int Gen0, int Gen1, int Gen2);
