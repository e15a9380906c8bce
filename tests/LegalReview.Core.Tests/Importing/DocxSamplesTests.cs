using System.Text.RegularExpressions;
using LegalReview.Core.Importing;

namespace LegalReview.Core.Tests.Importing;

/// <summary>Every sample .docx must extract to the same lines as the .txt made from it (samples/MANIFEST.md), numbering labels aside.</summary>
public sealed partial class DocxSamplesTests
{
    public static TheoryData<string> SampleDocx() => new(RepoFiles.SampleDocxWithText());

    [Theory]
    [MemberData(nameof(SampleDocx))]
    public void Extract_SampleDocx_MatchesSiblingTxtLineByLine(string docxPath)
    {
        var txtPath = RepoFiles.SiblingText(docxPath);
        File.Exists(txtPath).ShouldBeTrue($"no .txt beside {docxPath}");

        var extracted = DocumentTextExtractor.Extract(Path.GetFileName(docxPath), RepoFiles.Read(docxPath));

        extracted.MediaType.ShouldBe(ImportMediaTypes.Docx);
        var actual = SquashedLines(extracted.ToPlainText());
        var expected = SquashedLines(File.ReadAllText(txtPath));
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (actual[i] == expected[i])
                continue;
            // The .txt lost Word's automatic numbering: the extracted line may only add a label in front.
            actual[i].ShouldEndWith(expected[i], Case.Sensitive, $"line {i + 1} of {docxPath}");
            NumberingLabel().IsMatch(actual[i][..^expected[i].Length]).ShouldBeTrue($"line {i + 1} of {docxPath}: '{actual[i]}'");
        }
        actual.Count.ShouldBe(expected.Count, $"line count of {docxPath}");
    }

    private static List<string> SquashedLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(Squash).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static string Squash(string line) => Whitespace().Replace(line, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(Điều\d+\.|[0-9a-zA-Z]{1,6}[.)]|-)$")]
    private static partial Regex NumberingLabel();
}
