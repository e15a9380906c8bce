using System.Diagnostics;
using LegalReview.Search.Lucene;

namespace LegalReview.Search.Benchmarks;

/// <summary>
/// `legalreview bench search`: builds a deterministic synthetic corpus of provisions from real sentences, indexes it
/// in Lucene (through <see cref="LuceneSearchIndex"/>, as the application does) and in SQLite FTS5, runs the same
/// fixed query mix (term, phrase, filtered, as-of) on both after a warm-up, and reports index time, index size,
/// p50/p95/p99 latency and the process's peak working set (after the Lucene phase, which runs first and alone, and
/// at the end). Lucene latency is a full <see cref="ISearchIndex.SearchAsync"/>
/// (hits with snippets and total; once more with facet counts); FTS5 latency is top 20 + total count.
/// </summary>
public sealed class SearchBenchmark
{
    private const int DocumentsPerBatch = 50;
    private const string LuceneMarker = "lucene";
    private const string Fts5Marker = "fts5";

    /// <param name="sourceTexts">Texts to take sentences from, e.g. the files of samples/laws.</param>
    public async Task<SearchBenchmarkReport> RunAsync(
        IEnumerable<string> sourceTexts, SearchBenchmarkOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var sentences = SyntheticCorpus.SentencesOf(sourceTexts);
        if (sentences.Count < 10)
        {
            throw new ArgumentException("Need at least 10 sentences of 6–60 words to build the benchmark corpus.", nameof(sourceTexts));
        }

        var built = BuiltIndexes.Read(options);
        if (!options.ReuseIndexes && Directory.Exists(options.WorkDirectory))
        {
            Directory.Delete(options.WorkDirectory, recursive: true);
        }
        else if (options.ReuseIndexes && !BuiltIndexes.IsBenchmarkFolder(options.WorkDirectory))
        {
            // A folder the user named is only ever emptied of what the benchmark itself wrote there.
            throw new ArgumentException($"{options.WorkDirectory} has files that the search benchmark did not write; name an empty or a benchmark folder.", nameof(options));
        }

        Directory.CreateDirectory(options.WorkDirectory);
        var corpus = new SyntheticCorpus(sentences, options);
        var queries = corpus.Queries();
        var sqliteFile = Path.Combine(options.WorkDirectory, "fts5.db");
        var luceneFolder = Path.Combine(options.WorkDirectory, LuceneSearchIndex.FolderName);
        // An engine without its marker was not built to the end (killed run): start it again from nothing.
        if (!built.Contains(LuceneMarker) && Directory.Exists(luceneFolder))
        {
            Directory.Delete(luceneFolder, recursive: true);
        }

        if (!built.Contains(Fts5Marker) && File.Exists(sqliteFile))
        {
            File.Delete(sqliteFile);
        }

        // Lucene first, alone in the process, so its peak memory is measured without the FTS5 baseline's pages.
        EngineFigures luceneFigures, facetFigures;
        using (var lucene = new LuceneSearchIndex(options.WorkDirectory))
        {
            var luceneTime = TimeSpan.Zero;
            // An index of an older layout is emptied on opening (LuceneSearchIndex): build it again.
            if (!built.Contains(LuceneMarker) || (await lucene.GetIndexedStampsAsync(cancellationToken)).Count == 0)
            {
                var indexed = 0;
                foreach (var batch in corpus.Documents().Chunk(DocumentsPerBatch))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var watch = Stopwatch.StartNew();
                    await lucene.IndexAsync(batch, cancellationToken);
                    luceneTime += watch.Elapsed;
                    indexed += batch.Sum(d => d.Provisions.Count);
                    progress?.Report($"Lucene: indexed {indexed:N0} / {options.Provisions:N0} provisions");
                }

                // A bulk build ends with a merge, like FTS5's optimize below: one segment per core (searched in parallel).
                progress?.Report("Lucene: merging segments");
                var merge = Stopwatch.StartNew();
                await lucene.OptimizeAsync(cancellationToken: cancellationToken);
                luceneTime += merge.Elapsed;
                BuiltIndexes.Add(options, LuceneMarker);
            }

            progress?.Report("Lucene: running queries");
            var luceneLatency = await MeasureAsync(queries, q => lucene.SearchAsync(q with { IncludeFacets = false }, cancellationToken));
            var facetedLatency = await MeasureAsync(queries, q => lucene.SearchAsync(q with { IncludeFacets = true }, cancellationToken));
            var size = DirectorySize(lucene.IndexPath);
            luceneFigures = Figures("Lucene.NET", luceneTime, size, luceneLatency);
            facetFigures = Figures("Lucene.NET with facets", luceneTime, size, facetedLatency);
        }

        var lucenePeak = Process.GetCurrentProcess().PeakWorkingSet64;
        EngineFigures fts5Figures;
        using (var fts5 = new Fts5Engine(sqliteFile))
        {
            var fts5Time = TimeSpan.Zero;
            if (!built.Contains(Fts5Marker))
            {
                long nextId = 1;
                var indexed = 0;
                foreach (var batch in corpus.Documents().Chunk(DocumentsPerBatch))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var watch = Stopwatch.StartNew();
                    fts5.Add(batch, ref nextId);
                    fts5Time += watch.Elapsed;
                    indexed += batch.Sum(d => d.Provisions.Count);
                    progress?.Report($"FTS5: indexed {indexed:N0} / {options.Provisions:N0} provisions");
                }

                var optimize = Stopwatch.StartNew();
                fts5.Optimize();
                fts5Time += optimize.Elapsed;
                BuiltIndexes.Add(options, Fts5Marker);
            }
            progress?.Report("FTS5: running queries");
            var fts5Latency = await MeasureAsync(queries, q => Task.FromResult(fts5.Search(q)));
            fts5Figures = Figures("SQLite FTS5", fts5Time, new FileInfo(sqliteFile).Length, fts5Latency);
        }

        return new SearchBenchmarkReport(
            options.Provisions,
            queries.Count,
            luceneFigures,
            fts5Figures,
            facetFigures,
            lucenePeak,
            Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private static async Task<(List<(string Kind, double Ms)> Samples, TimeSpan CpuPerQuery)> MeasureAsync<T>(IReadOnlyList<(string Kind, SearchQuery Query)> queries, Func<SearchQuery, Task<T>> run)
    {
        foreach (var (_, query) in queries.Take(Math.Min(50, queries.Count)))
        {
            await run(query); // warm-up: JIT, caches
        }

        var samples = new List<(string, double)>(queries.Count);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        foreach (var (kind, query) in queries)
        {
            var watch = Stopwatch.StartNew();
            await run(query);
            samples.Add((kind, watch.Elapsed.TotalMilliseconds));
        }

        process.Refresh();
        return (samples, (process.TotalProcessorTime - cpuBefore) / Math.Max(1, queries.Count));
    }

    private static EngineFigures Figures(string engine, TimeSpan indexTime, long bytes, (List<(string Kind, double Ms)> Samples, TimeSpan CpuPerQuery) measured) => new(
        engine,
        indexTime,
        bytes,
        LatencyStats.Of(measured.Samples.Select(s => s.Ms).ToArray()),
        measured.Samples.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => LatencyStats.Of(g.Select(s => s.Ms).ToArray())),
        measured.CpuPerQuery);

    private static long DirectorySize(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
