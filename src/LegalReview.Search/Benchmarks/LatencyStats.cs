namespace LegalReview.Search.Benchmarks;

/// <summary>Latency percentiles in milliseconds over a set of queries.</summary>
public sealed record LatencyStats(int Count, double P50, double P95, double P99)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.95), At(0.99));
    }
}
