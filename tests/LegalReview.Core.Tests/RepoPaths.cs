namespace LegalReview.Core.Tests;

/// <summary>Finds files of the repository (samples/, tests/fixtures/) from the test output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples(string relative) => Path.Combine(Root, "samples", relative);

    public static string Fixtures(string relative) => Path.Combine(Root, "tests", "fixtures", relative);

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
