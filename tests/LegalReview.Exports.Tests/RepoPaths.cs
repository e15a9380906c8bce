namespace LegalReview.Exports.Tests;

/// <summary>Locates the repository (the folder holding LegalReview.sln) so tests read samples from the repo.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string relative) => Path.Combine(Samples, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegalReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LegalReview.sln not found above " + AppContext.BaseDirectory);
    }
}
