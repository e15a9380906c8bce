using System.Diagnostics;

namespace LegalReview.Core.Diffing;

/// <summary>Times a piece of work run many times, after a warm-up; shared by the diff and consolidation benchmarks.</summary>
internal static class BenchmarkClock
{
    /// <summary>
    /// Runs <paramref name="action"/> for <paramref name="warmUp"/> (at least once) so that what is measured is
    /// tier-1 JIT code with its dynamic PGO, not the first tier-0 runs; then <paramref name="runs"/> timed runs.
    /// </summary>
    public static BenchmarkTiming Measure(string name, int runs, TimeSpan warmUp, Action action, bool countMemory = true)
    {
        var warm = Stopwatch.StartNew();
        do action(); while (warm.Elapsed < warmUp);
        // The warm-up's garbage is collected now, so that the GC counts below belong to the measured runs.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var times = new TimeSpan[runs];
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[i] = sw.Elapsed;
        }
        var memory = countMemory
            ? new BenchmarkMemory((GC.GetTotalAllocatedBytes(precise: true) - allocated) / runs,
                GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2)
            : null;
        Array.Sort(times);
        var median = runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
        return new BenchmarkTiming(name, times[0], median, TimeSpan.FromTicks((long)times.Average(t => t.Ticks)), runs, memory, "");
    }
}
