namespace LegalReview.Core.Tests.Importing;

/// <summary>Reads repository files (samples/, tests/fixtures/) below <see cref="RepoPaths.Root"/>.</summary>
internal static class RepoFiles
{
    public static string FullPath(params string[] parts) => Path.Combine([RepoPaths.Root, .. parts]);

    public static byte[] Read(params string[] parts) => File.ReadAllBytes(FullPath(parts));

    /// <summary>Every .docx under samples/ that has a sibling .txt, as paths relative to the repository root.</summary>
    public static IEnumerable<string> SampleDocxWithText()
    {
        var samples = FullPath("samples");
        foreach (var docx in Directory.EnumerateFiles(samples, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return Path.GetRelativePath(RepoPaths.Root, docx);
    }

    /// <summary>The .txt made from a sample .docx: next to it, or one folder up for samples/laws/docx/.</summary>
    public static string SiblingText(string docxRelativePath)
    {
        var docx = FullPath(docxRelativePath);
        var name = Path.GetFileNameWithoutExtension(docx) + ".txt";
        var folder = Path.GetDirectoryName(docx)!;
        var beside = Path.Combine(folder, name);
        return File.Exists(beside) ? beside : Path.Combine(Path.GetDirectoryName(folder)!, name);
    }
}
