using System.Diagnostics;
using LegalReview.Search.Lucene;

namespace LegalReview.Search.Benchmarks;

/// <summary>
/// `legalreview bench search`: builds a deterministic synthetic corpus of provisions from real sentences, indexes it
/// in Lucene (through <see cref="LuceneSearchIndex"/>, as the application does) and in SQLite FTS5, runs the same
/// fixed query mix (term, phrase, filtered, as-of) on both after a warm-up, and reports index time, index size,
/// p50/p95/p99 latency and the process's peak working set. Lucene latency is a full <see cref="ISearchIndex.SearchAsync"/>
/// (hits with snippets and total; once more with facet counts); FTS5 latency is top 20 + total count.
/// </summary>
public sealed class SearchBenchmark
{
    private const int DocumentsPerBatch = 50;

    /// <param name="sourceTexts">Texts to take sentences from, e.g. the files of samples/laws.</param>
    public async Task<SearchBenchmarkReport> RunAsync(
        IEnumerable<string> sourceTexts, SearchBenchmarkOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var sentences = SyntheticCorpus.SentencesOf(sourceTexts);
        if (sentences.Count < 10)
        {
            throw new ArgumentException("Need at least 10 sentences of 6–60 words to build the benchmark corpus.", nameof(sourceTexts));
        }

        if (Directory.Exists(options.WorkDirectory))
        {
            Directory.Delete(options.WorkDirectory, recursive: true);
        }

        Directory.CreateDirectory(options.WorkDirectory);
        var corpus = new SyntheticCorpus(sentences, options);
        var queries = corpus.Queries();
        var sqliteFile = Path.Combine(options.WorkDirectory, "fts5.db");

        using var lucene = new LuceneSearchIndex(options.WorkDirectory);
        using var fts5 = new Fts5Engine(sqliteFile);
        var luceneTime = TimeSpan.Zero;
        var fts5Time = TimeSpan.Zero;
        long nextId = 1;
        var indexed = 0;
        foreach (var batch in corpus.Documents().Chunk(DocumentsPerBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            await lucene.IndexAsync(batch, cancellationToken);
            luceneTime += watch.Elapsed;
            watch.Restart();
            fts5.Add(batch, ref nextId);
            fts5Time += watch.Elapsed;
            indexed += batch.Sum(d => d.Provisions.Count);
            progress?.Report($"indexed {indexed:N0} / {options.Provisions:N0} provisions");
        }

        var optimize = Stopwatch.StartNew();
        fts5.Optimize();
        fts5Time += optimize.Elapsed;

        progress?.Report("running queries");
        var luceneLatency = await MeasureAsync(queries, q => lucene.SearchAsync(q with { IncludeFacets = false }, cancellationToken));
        var facetedLatency = await MeasureAsync(queries, q => lucene.SearchAsync(q with { IncludeFacets = true }, cancellationToken));
        var fts5Latency = await MeasureAsync(queries, q => Task.FromResult(fts5.Search(q)));

        return new SearchBenchmarkReport(
            indexed,
            queries.Count,
            Figures("Lucene.NET", luceneTime, DirectorySize(lucene.IndexPath), luceneLatency),
            Figures("SQLite FTS5", fts5Time, new FileInfo(sqliteFile).Length, fts5Latency),
            Figures("Lucene.NET with facets", luceneTime, DirectorySize(lucene.IndexPath), facetedLatency),
            Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private static async Task<List<(string Kind, double Ms)>> MeasureAsync<T>(IReadOnlyList<(string Kind, SearchQuery Query)> queries, Func<SearchQuery, Task<T>> run)
    {
        foreach (var (_, query) in queries.Take(Math.Min(50, queries.Count)))
        {
            await run(query); // warm-up: JIT, caches
        }

        var samples = new List<(string, double)>(queries.Count);
        foreach (var (kind, query) in queries)
        {
            var watch = Stopwatch.StartNew();
            await run(query);
            samples.Add((kind, watch.Elapsed.TotalMilliseconds));
        }

        return samples;
    }

    private static EngineFigures Figures(string engine, TimeSpan indexTime, long bytes, List<(string Kind, double Ms)> samples) => new(
        engine,
        indexTime,
        bytes,
        LatencyStats.Of(samples.Select(s => s.Ms).ToArray()),
        samples.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => LatencyStats.Of(g.Select(s => s.Ms).ToArray())));

    private static long DirectorySize(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
