using System.Text.Json.Nodes;
using LegalReview.Crawlers.Tests.Support;

namespace LegalReview.Crawlers.Tests.Examples;

/// <summary>
/// Every source folder keeps saved pages in examples/ with a *.expected.json each; the parser must reproduce them.
/// Set LEGALREVIEW_WRITE_EXPECTED=1 to (re)write the expected files from the current parser, then review the diff.
/// </summary>
public sealed class SourceExamplesTests
{
    private static readonly Dictionary<string, string> SourceIds = new()
    {
        ["Vbpl"] = "vbpl", ["CongBao"] = "congbao", ["ThuVienPhapLuat"] = "thuvienphapluat", ["LocalFolder"] = "localfolder",
    };

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.GetDirectories(RepoPaths.SourcesFolder).Order())
            foreach (var page in PagesIn(folder))
                data.Add(Path.GetFileName(folder), Path.GetFileName(page));
        return data;
    }

    [Fact]
    public void SourceFolders_EachHasExamplesWithExpectedJson()
    {
        var folders = Directory.GetDirectories(RepoPaths.SourcesFolder).Select(f => Path.GetFileName(f)).Order().ToList();
        folders.ShouldBe(SourceIds.Keys.Order().ToList(), "every source folder must be known to this test");
        foreach (var folder in Directory.GetDirectories(RepoPaths.SourcesFolder))
        {
            var pages = PagesIn(folder).ToList();
            pages.ShouldNotBeEmpty($"{Path.GetFileName(folder)}/examples has no saved page");
            foreach (var page in pages)
                File.Exists(ExpectedPath(page)).ShouldBeTrue($"{page} has no .expected.json");
            foreach (var expected in Directory.GetFiles(Path.Combine(folder, "examples"), "*.expected.json"))
                pages.Any(p => ExpectedPath(p) == expected).ShouldBeTrue($"{expected} has no page");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ParsePage_SavedExample_MatchesExpectedJson(string folder, string fileName)
    {
        var path = Path.Combine(RepoPaths.SourcesFolder, folder, "examples", fileName);
        JsonObject actual;
        try
        {
            actual = ExampleProjection.Of(PageParsers.ParsePage(SourceIds[folder], fileName, File.ReadAllBytes(path), parsedAt: ExampleProjection.ParsedAt));
        }
        catch (PageLayoutException e)
        {
            actual = ExampleProjection.Error(e.Message);
        }
        if (Environment.GetEnvironmentVariable("LEGALREVIEW_WRITE_EXPECTED") == "1")
            File.WriteAllText(ExpectedPath(path), ExampleProjection.Serialize(actual));
        var expected = JsonNode.Parse(File.ReadAllText(ExpectedPath(path)))!;
        ExampleProjection.Serialize(actual).ShouldBe(ExampleProjection.Serialize(expected));
    }

    private static IEnumerable<string> PagesIn(string folder) =>
        Directory.Exists(Path.Combine(folder, "examples"))
            ? Directory.GetFiles(Path.Combine(folder, "examples"))
                .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && Path.GetFileName(f) != "README.md").Order()
            : [];

    private static string ExpectedPath(string page) =>
        Path.Combine(Path.GetDirectoryName(page)!, Path.GetFileNameWithoutExtension(page) + ".expected.json");
}
