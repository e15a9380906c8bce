using System.Diagnostics;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>Extract + parse throughput over the sample corpus, in documents/s and MB/s.</summary>
public static class ParseBenchmark
{
    public sealed record Result(int Documents, long Bytes, int Rounds, TimeSpan Elapsed, double DocumentsPerSecond, double MegabytesPerSecond, int Threads);

    public static Result Run(IReadOnlyList<string> files, TimeSpan duration, int threads)
    {
        var inputs = files.Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        foreach (var (name, bytes) in inputs)
        {
            // Warm-up: JIT and regex compilation are not what we measure.
            StructureParser.Parse(DocumentTextExtractor.Extract(name, bytes).Paragraphs);
        }

        var documents = 0;
        long totalBytes = 0;
        var rounds = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            Parallel.ForEach(inputs, new ParallelOptions { MaxDegreeOfParallelism = threads }, input =>
                StructureParser.Parse(DocumentTextExtractor.Extract(input.Name, input.Bytes).Paragraphs));
            documents += inputs.Count;
            totalBytes += inputs.Sum(i => (long)i.Bytes.Length);
            rounds++;
        }

        watch.Stop();
        var seconds = watch.Elapsed.TotalSeconds;
        return new Result(documents, totalBytes, rounds, watch.Elapsed, documents / seconds, totalBytes / 1024.0 / 1024.0 / seconds, threads);
    }
}
