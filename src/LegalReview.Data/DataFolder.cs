using Microsoft.Extensions.Configuration;

namespace LegalReview.Data;

/// <summary>
/// The one place that decides where LegalReview keeps its data (SQLite database, search index, uploads), so the web
/// app and the CLI share a folder.
/// </summary>
public static class DataFolder
{
    public const string EnvironmentVariable = "LEGALREVIEW_DATA";
    public const string ConfigurationKey = "Data:Folder";

    /// <summary>
    /// Resolves the data folder: <paramref name="explicitFolder"/> (e.g. the CLI's --data) first, then configuration
    /// <c>Data:Folder</c>, then the environment variable <c>LEGALREVIEW_DATA</c>, then <c>data/</c> at the repository root (or <c>./data</c> outside a checkout). Configuration wins over the environment variable so tests that set a temporary folder can never
    /// write into a developer's real data folder. The folder is created when missing.
    /// </summary>
    public static string Resolve(IConfiguration? configuration = null, string? explicitFolder = null)
    {
        var folder = FirstNonEmpty(
            explicitFolder,
            configuration?[ConfigurationKey],
            Environment.GetEnvironmentVariable(EnvironmentVariable))
            ?? DefaultFolder(Directory.GetCurrentDirectory());
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        return full;
    }

    /// <summary>
    /// <c>data/</c> at the root of the repository when run inside it (the folder holding LegalReview.sln), so
    /// `dotnet run --project src/LegalReview.Web` and the CLI share one folder without configuration; else <c>./data</c>.
    /// </summary>
    public static string DefaultFolder(string workingDirectory)
    {
        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return Path.Combine(workingDirectory, "data");
    }

    /// <summary>The default SQLite connection string for a data folder.</summary>
    public static string SqliteConnectionString(string folder) =>
        $"Data Source={Path.Combine(folder, "legalreview.db")}";

    private static string? FirstNonEmpty(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
