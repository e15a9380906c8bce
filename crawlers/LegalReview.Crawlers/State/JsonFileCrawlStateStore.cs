using System.Text.Json;

namespace LegalReview.Crawlers.State;

/// <summary>
/// Crawl state in one JSON file, rewritten after every change by writing a temporary file and renaming it over the
/// old one, so a process killed at any moment leaves either the old or the new state, never a torn file.
/// </summary>
public sealed class JsonFileCrawlStateStore : InMemoryCrawlStateStore
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };
    private readonly string _path;

    /// <summary>Loads the state from <paramref name="path"/> when it exists.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a crawl state file.</exception>
    public JsonFileCrawlStateStore(string path)
    {
        _path = Path.GetFullPath(path);
        if (!File.Exists(_path)) return;
        try
        {
            Data = JsonSerializer.Deserialize<CrawlStateData>(File.ReadAllBytes(_path), JsonOptions)
                ?? throw new InvalidDataException($"Crawl state file {_path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Crawl state file {_path} is not valid JSON: {e.Message}", e);
        }
    }

    public string FilePath => _path;

    private protected override async Task PersistAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temp = _path + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await JsonSerializer.SerializeAsync(stream, Data, JsonOptions, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, _path, overwrite: true);
    }
}
