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

    /// <summary>Every importable sample file: the laws as .txt, except where only the .docx keeps the article numbers.</summary>
    public static IReadOnlyList<string> ImportableFiles(string samples)
    {
        var files = Directory.GetFiles(samples, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("luat-an-toan-ve-sinh-lao-dong-2015", StringComparison.Ordinal))
            .ToList();
        files.AddRange(Directory.GetFiles(samples, "luat-an-toan-ve-sinh-lao-dong-2015*.docx", SearchOption.AllDirectories));
        return files.Order(StringComparer.Ordinal).ToList();
    }
}
