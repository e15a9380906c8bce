namespace LegalReview.Cli.Commands;

/// <summary>Finds the repository's samples/ folder from the working directory or the program's folder.</summary>
public static class SamplesFolder
{
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "MANIFEST.md")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Every importable sample file, chosen as the web app's first-start import chooses them.</summary>
    public static IReadOnlyList<string> ImportableFiles(string samples) => LegalReview.Data.Importing.SampleCorpus.ListFiles(samples);
}
