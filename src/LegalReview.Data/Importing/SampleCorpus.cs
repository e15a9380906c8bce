using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Importing;

/// <summary>
/// Imports the public sample corpus kept in the repository's <c>samples/</c> folder. Each law is there as .txt and
/// .docx; the .txt is imported unless it has no "Điều N" labels (the ATVSLĐ 2015 .txt lost them to Word automatic
/// numbering), in which case its .docx is used.
/// </summary>
public sealed partial class SampleCorpus(DocumentImportService importer, ILogger<SampleCorpus> logger)
{
    /// <summary>Walks up from <paramref name="startFolder"/> to the first folder that holds <c>samples/</c>.</summary>
    /// <returns>The full path of that <c>samples</c> folder, or null when there is none.</returns>
    public static string? FindSamplesFolder(string startFolder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startFolder)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The files to import, in a stable order, as full paths.</summary>
    public static IReadOnlyList<string> ListFiles(string samplesFolder)
    {
        var files = new List<string>();
        foreach (var txt in Directory.EnumerateFiles(samplesFolder, "*.txt", SearchOption.AllDirectories)
                     .Order(StringComparer.Ordinal))
        {
            files.Add(HasArticleLabels(txt) ? txt : DocxCounterpart(txt) ?? txt);
        }

        return files;
    }

    /// <summary>Imports every sample file, reporting progress after each; rejected files are reported, not thrown.</summary>
    public async Task<IReadOnlyList<SampleFileResult>> ImportAsync(
        string samplesFolder, IProgress<SampleImportProgress>? progress, CancellationToken ct)
    {
        var files = ListFiles(samplesFolder);
        var results = new List<SampleFileResult>(files.Count);
        int imported = 0, unchanged = 0, rejected = 0;
        progress?.Report(new SampleImportProgress(0, files.Count, null, 0, 0, 0));
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(samplesFolder, file).Replace('\\', '/');
            progress?.Report(new SampleImportProgress(results.Count, files.Count, relative, imported, unchanged, rejected));
            var bytes = await File.ReadAllBytesAsync(file, ct);
            var result = await importer.ImportAsync(Path.GetFileName(file), bytes, "samples/" + relative, ct);
            switch (result.Status)
            {
                case ImportStatus.Rejected:
                    rejected++;
                    logger.LogWarning("Sample {File} rejected: {Reason}", relative, result.RejectedReason);
                    break;
                case ImportStatus.Unchanged:
                    unchanged++;
                    break;
                default:
                    imported++;
                    break;
            }

            results.Add(new SampleFileResult(relative, result));
        }

        progress?.Report(new SampleImportProgress(files.Count, files.Count, null, imported, unchanged, rejected));
        return results;
    }

    private static bool HasArticleLabels(string txtPath) =>
        ArticleLabel().IsMatch(File.ReadAllText(txtPath, Encoding.UTF8).Normalize(NormalizationForm.FormC));

    private static string? DocxCounterpart(string txtPath)
    {
        var folder = Path.GetDirectoryName(txtPath)!;
        var name = Path.GetFileNameWithoutExtension(txtPath) + ".docx";
        return new[] { Path.Combine(folder, name), Path.Combine(folder, "docx", name) }.FirstOrDefault(File.Exists);
    }

    [GeneratedRegex(@"^\s*Điều\s+\d", RegexOptions.Multiline)]
    private static partial Regex ArticleLabel();
}
