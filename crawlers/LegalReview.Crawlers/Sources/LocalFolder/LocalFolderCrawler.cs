// Source: a watched folder (file drop) where staff put .txt, .html/.htm, .docx and .pdf files.
//
// URL patterns: each file is identified by its file:// URI; the folder itself is the seed.
// Rules: only files inside the folder are read: a symbolic link (file or folder) whose target lies outside is refused
// and recorded as a fault; names are never taken from outside input, so "..", absolute paths and links cannot escape.
// A file whose SHA-256 equals the one stored for its URI is skipped as unchanged; a changed file is yielded again.
// Saved thuvienphapluat.vn pages are recognized and imported with their metadata (see ThuVienPhapLuatImporter).
// History/notes: written with the crawler library (2026); .txt/.docx/.pdf text comes from Core's DocumentTextExtractor,
// and a file it rejects (corrupt, legacy .doc, binary) is recorded as a Rejected fault with its one-line reason.
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Parsing;
using LegalReview.Crawlers.Sources.ThuVienPhapLuat;
using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers.Sources.LocalFolder;

/// <summary>Yields new or changed files of a folder (recursively). The folder comes from the constructor or <see cref="CrawlRequest.BaseUrl"/> (file://).</summary>
public sealed class LocalFolderCrawler(string? folder, TimeProvider time, long maxFileBytes = 50L * 1024 * 1024) : FrontierCrawler(time)
{
    public const string Id = "localfolder";

    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain",
        [".html"] = "text/html",
        [".htm"] = "text/html",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pdf"] = "application/pdf",
    };

    public override string SourceId => Id;

    protected override IReadOnlyList<FrontierEntry> Seeds(CrawlRequest request) => [new FrontierEntry(new Uri(Root(request) + Path.DirectorySeparatorChar), 0, "scan")];

    protected override async Task<CrawlStep> ProcessAsync(FrontierEntry entry, CrawlRequest request, ICrawlStateStore state, CancellationToken cancellationToken)
    {
        var root = Root(request);
        if (entry.Kind == "scan")
        {
            if (!Directory.Exists(root)) return CrawlStep.Failed(entry.Url, "Missing", $"folder {root} does not exist", Time.GetUtcNow());
            var files = new List<FrontierEntry>();
            Scan(root, root, files);
            return CrawlStep.Listing(files, 0);
        }

        var path = entry.Url.LocalPath;
        if (Refusal(root, path) is { } reason) return CrawlStep.Failed(entry.Url, "Refused", reason, Time.GetUtcNow());
        var info = new FileInfo(path);
        if (!info.Exists) return CrawlStep.Failed(entry.Url, "Missing", "the file disappeared before it was read", Time.GetUtcNow());
        if (info.Length > maxFileBytes)
            return CrawlStep.Failed(entry.Url, nameof(FetchFaultKind.TooLarge), $"{info.Length} bytes exceeds the {maxFileBytes}-byte cap", Time.GetUtcNow());

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var now = Time.GetUtcNow();
        var previous = await state.GetUrlStateAsync(entry.Url, cancellationToken).ConfigureAwait(false);
        var hash = Hashing.Sha256Hex(bytes);
        var newState = new UrlState(entry.Url, hash, null, info.LastWriteTimeUtc, now);
        if (previous?.ContentHash == hash) return CrawlStep.Same([newState], 1);
        try
        {
            return CrawlStep.Yield(ToDocument(entry.Url, Path.GetRelativePath(root, path), bytes, now), previous is null, [newState], 1);
        }
        catch (DocumentRejectedException e)
        {
            return CrawlStep.Failed(entry.Url, "Rejected", e.Message, now, fetched: 1);
        }
    }

    internal static CrawledDocument ToDocument(Uri url, string relativePath, byte[] bytes, DateTimeOffset now)
    {
        var mediaType = MediaTypes[Path.GetExtension(relativePath)];
        var fields = new Dictionary<string, string> { ["Tệp"] = relativePath.Replace('\\', '/') };
        var metadata = new DocumentMetadata(Title: Path.GetFileNameWithoutExtension(relativePath), Fields: fields);
        IReadOnlyList<string> paragraphs = [];
        if (mediaType == "text/html")
        {
            var encoding = CharsetDetector.Detect(bytes, null, out _);
            var doc = HtmlText.Load(encoding.GetString(bytes));
            if (ThuVienPhapLuatImporter.Recognizes(doc))
            {
                var imported = ThuVienPhapLuatImporter.Import(bytes, url, now);
                return imported with { SourceId = Id, Url = url, Metadata = imported.Metadata with { Fields = Merge(imported.Metadata.Fields, fields) } };
            }
            paragraphs = HtmlText.Paragraphs(doc.DocumentNode.SelectSingleNode("//body") ?? doc.DocumentNode);
        }
        else
        {
            // .txt (any legacy encoding), .docx (numbering kept) and .pdf go through the shared importer's extractor.
            paragraphs = DocumentTextExtractor.Extract(relativePath, bytes).Paragraphs
                .Select(HtmlText.Clean).Where(p => p.Length > 0).ToList();
        }
        return CrawledDocument.Create(Id, url, now, bytes, mediaType, metadata, paragraphs: paragraphs);
    }

    private void Scan(string root, string directory, List<FrontierEntry> found)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal))
        {
            var isDirectory = Directory.Exists(path);
            var link = isDirectory ? new DirectoryInfo(path).LinkTarget : new FileInfo(path).LinkTarget;
            if (isDirectory)
            {
                // A linked folder inside the root is already scanned through its real path; one outside is refused.
                if (link is null) Scan(root, path, found);
                else if (Refusal(root, path) is not null) found.Add(new FrontierEntry(new Uri(path), 1, "file"));
                continue;
            }
            if (MediaTypes.ContainsKey(Path.GetExtension(path))) found.Add(new FrontierEntry(new Uri(path), 1, "file"));
        }
    }

    /// <summary>Why a path may not be read (outside the root, or a link leaving it); null when it is fine.</summary>
    private static string? Refusal(string root, string path)
    {
        var full = Path.GetFullPath(path);
        if (!IsUnder(root, full)) return $"{path} is outside the watched folder";
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        if (info.LinkTarget is null) return null;
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null || !IsUnder(root, Path.GetFullPath(target.FullName))
            ? $"{Path.GetFileName(full)} is a link to {info.LinkTarget}, outside the watched folder"
            : null;
    }

    private static bool IsUnder(string root, string full) =>
        full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Root(CrawlRequest request)
    {
        var chosen = request.BaseUrl is { IsFile: true } url ? url.LocalPath : folder
            ?? throw new InvalidOperationException("localfolder: no folder configured (constructor or a file:// BaseUrl).");
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(chosen));
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? first, Dictionary<string, string> second)
    {
        var merged = new Dictionary<string, string>(first ?? new Dictionary<string, string>());
        foreach (var (key, value) in second) merged[key] = value;
        return merged;
    }
}
