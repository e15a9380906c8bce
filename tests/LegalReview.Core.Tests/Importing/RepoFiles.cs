namespace LegalReview.Core.Tests.Importing;

/// <summary>Finds files of the repository (samples/, tests/fixtures/) by walking up to the folder holding LegalReview.sln.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("LegalReview.sln not found above " + AppContext.BaseDirectory);
    });

    public static string FullPath(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    public static byte[] Read(params string[] parts) => File.ReadAllBytes(FullPath(parts));

    /// <summary>Every .docx under samples/ that has a sibling .txt, as paths relative to the repository root.</summary>
    public static IEnumerable<string> SampleDocxWithText()
    {
        var samples = FullPath("samples");
        foreach (var docx in Directory.EnumerateFiles(samples, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return Path.GetRelativePath(Root.Value, docx);
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
