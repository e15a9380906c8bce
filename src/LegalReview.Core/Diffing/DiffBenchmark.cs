using System.Diagnostics;
using LegalReview.Core.Amendments;
using LegalReview.Core.Consolidation;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Times the provision-aligned diff of a law against its consolidated version (the consolidated version is built from
/// the amending law), next to <c>git diff --no-index --word-diff</c> on the same two texts. Plain class so that
/// `legalreview bench diff` and tests can call it.
/// </summary>
public sealed class DiffBenchmark
{
    /// <summary>Parses both texts once, then times <see cref="VersionDiff.Compare"/> over <paramref name="runs"/> runs.</summary>
    public IReadOnlyList<BenchmarkTiming> Run(string baseText, string amendingText, int runs = 5, bool withGit = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var baseDoc = StructureParser.Parse(baseText);
        var instructions = AmendmentInstructionParser.Parse(amendingText).Instructions;
        var consolidated = Consolidator.Apply(baseDoc, instructions).Document;
        VersionDiffResult? last = null;
        var diff = Measure("VersionDiff.Compare", runs, () => last = VersionDiff.Compare(baseDoc, consolidated));
        var timings = new List<BenchmarkTiming>
        {
            diff with { Detail = $"{baseDoc.AllProvisions().Count()} units; changed {last!.Changed.Count}, added {last.Added.Count}, removed {last.Removed.Count}, moved {last.Moved.Count}" },
        };
        if (withGit)
        {
            var git = TimeGitWordDiff(ProvisionTextRenderer.Render(baseDoc.Provisions), consolidated.Text, runs);
            if (git is not null) timings.Add(git);
        }
        return timings;
    }

    /// <summary>Times <c>git diff --no-index --word-diff</c> on two texts written to temporary files; null when git is not installed.</summary>
    public static BenchmarkTiming? TimeGitWordDiff(string oldText, string newText, int runs = 3)
    {
        var dir = Directory.CreateTempSubdirectory("legalreview-bench-");
        try
        {
            var a = Path.Combine(dir.FullName, "a.txt");
            var b = Path.Combine(dir.FullName, "b.txt");
            File.WriteAllText(a, oldText);
            File.WriteAllText(b, newText);
            var outputBytes = 0L;
            var timing = Measure("git diff --no-index --word-diff", runs, () =>
            {
                var psi = new ProcessStartInfo("git", ["diff", "--no-index", "--word-diff", "--no-color", a, b])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                using var p = Process.Start(psi) ?? throw new InvalidOperationException("git did not start");
                var stdout = p.StandardOutput.ReadToEndAsync();
                var stderr = p.StandardError.ReadToEndAsync();
                p.WaitForExit();
                outputBytes = stdout.Result.Length;
                _ = stderr.Result;
            });
            return timing with { Detail = $"{outputBytes} characters of output" };
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    internal static BenchmarkTiming Measure(string name, int runs, Action action)
    {
        action(); // warm-up: JIT and regex compilation are not what is measured
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed);
        }
        return new BenchmarkTiming(name, times.Min(), TimeSpan.FromTicks((long)times.Average(t => t.Ticks)), runs, "");
    }
}
