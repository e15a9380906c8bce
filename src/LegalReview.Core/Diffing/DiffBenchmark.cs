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
    /// <summary>
    /// Parses both texts once, then times <see cref="VersionDiff.Compare"/> over <paramref name="runs"/> runs after
    /// <paramref name="warmUp"/> of untimed runs, and git on the same two texts.
    /// </summary>
    public IReadOnlyList<BenchmarkTiming> Run(string baseText, string amendingText, int runs, TimeSpan warmUp, bool withGit = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var baseDoc = StructureParser.Parse(baseText);
        var instructions = AmendmentInstructionParser.Parse(amendingText).Instructions;
        var consolidated = Consolidator.Apply(baseDoc, instructions).Document;
        VersionDiffResult? last = null;
        var diff = BenchmarkClock.Measure("VersionDiff.Compare", runs, warmUp, () => last = VersionDiff.Compare(baseDoc, consolidated));
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
    public static BenchmarkTiming? TimeGitWordDiff(string oldText, string newText, int runs)
    {
        var dir = Directory.CreateTempSubdirectory("legalreview-bench-");
        try
        {
            var a = Path.Combine(dir.FullName, "a.txt");
            var b = Path.Combine(dir.FullName, "b.txt");
            File.WriteAllText(a, oldText);
            File.WriteAllText(b, newText);
            var outputBytes = 0L;
            // git compiles nothing at run time: a second of runs warms the page cache and process start-up, no more.
            var timing = BenchmarkClock.Measure("git diff --no-index --word-diff", runs, TimeSpan.FromSeconds(1), () =>
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
            }, countMemory: false);
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
}
