using System.Text.Json;

namespace LegalReview.Search.Benchmarks;

/// <summary>
/// Which benchmark indexes a work folder holds, for <see cref="SearchBenchmarkOptions.ReuseIndexes"/>: a marker file
/// names the corpus (size, shape, seed) and the engines whose build finished. A build killed half-way has no marker,
/// so it is never taken for a complete index.
/// </summary>
internal static class BuiltIndexes
{
    private const string FileName = "bench-built.json";

    /// <summary>Engines built for exactly this corpus, or none (reuse off, no marker, another corpus).</summary>
    public static IReadOnlySet<string> Read(SearchBenchmarkOptions options)
    {
        var path = Path.Combine(options.WorkDirectory, FileName);
        if (!options.ReuseIndexes || !File.Exists(path))
        {
            return new HashSet<string>();
        }

        try
        {
            var marker = JsonSerializer.Deserialize<Marker>(File.ReadAllText(path));
            return marker is not null && marker.Corpus == CorpusKey(options) ? marker.Engines.ToHashSet() : new HashSet<string>();
        }
        catch (JsonException)
        {
            return new HashSet<string>();
        }
    }

    /// <summary>True when <paramref name="folder"/> is missing, empty or holds only what the benchmark writes.</summary>
    public static bool IsBenchmarkFolder(string folder) =>
        !Directory.Exists(folder)
        || Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)
            .All(name => name is FileName or "fts5.db" or "fts5.db-journal" or LegalReview.Search.Lucene.LuceneSearchIndex.FolderName);

    public static void Add(SearchBenchmarkOptions options, string engine)
    {
        var engines = Read(options with { ReuseIndexes = true }).Append(engine).Distinct().Order().ToArray();
        File.WriteAllText(Path.Combine(options.WorkDirectory, FileName), JsonSerializer.Serialize(new Marker(CorpusKey(options), engines)));
    }

    private static string CorpusKey(SearchBenchmarkOptions o) => $"{o.Provisions}/{o.ProvisionsPerDocument}/{o.Seed}";

    private sealed record Marker(string Corpus, string[] Engines);
}
