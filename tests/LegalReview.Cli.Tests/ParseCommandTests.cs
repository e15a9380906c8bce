using System.Text.Json;

namespace LegalReview.Cli.Tests;

/// <summary>`legalreview parse` on real documents and on bad input, run as a child process.</summary>
public class ParseCommandTests
{
    [Fact]
    public async Task Parse_LabourCodeJson_PrintsOneObjectWithTheContractShape()
    {
        var result = await CliRunner.RunAsync("parse", RepoPaths.Samples("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt"), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("number").GetString().ShouldBe("45/2019/QH14");
        root.GetProperty("type").GetString().ShouldBe("Bộ luật");
        root.GetProperty("issuer").GetString().ShouldBe("Quốc hội");
        root.GetProperty("issuedOn").GetString().ShouldBe("2019-11-20");
        root.GetProperty("effectiveOn").GetString().ShouldBe("2021-01-01");
        root.GetProperty("title").GetString().ShouldBe("Bộ luật Lao động");
        root.GetProperty("bases")[0].GetProperty("text").GetString().ShouldBe("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam");
        var chapters = root.GetProperty("provisions").EnumerateArray().ToList();
        chapters.Count.ShouldBe(17);
        chapters[0].GetProperty("kind").GetString().ShouldBe("Chapter");
        var articles = chapters.SelectMany(Descendants).Where(p => p.GetProperty("kind").GetString() == "Article").ToList();
        articles.Count.ShouldBe(220);
        var clause = chapters.SelectMany(Descendants).Single(p => p.GetProperty("id").GetString() == "chuong-3/dieu-35/khoan-1");
        clause.GetProperty("label").GetString().ShouldBe("1");
        clause.GetProperty("children").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task Parse_AtvsldDocx_PrintsTheNumbersWordKeptInNumberingXml()
    {
        var result = await CliRunner.RunAsync("parse", RepoPaths.Samples("laws/docx/luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx"));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Chương: 7, Điều: 93");
        result.Output.ShouldContain("Điều 93. Quy định chi tiết");
    }

    [Theory]
    [InlineData("bad-input/empty.txt", "rỗng")]
    [InlineData("bad-input/binary-garbage.txt", "không phải văn bản")]
    [InlineData("bad-input/truncated.docx", ".docx")]
    [InlineData("bad-input/zip-without-document.docx", "word/document.xml")]
    [InlineData("bad-input/news-article.html", "không tìm thấy Điều nào")]
    public async Task Parse_BadInput_ExitsNonZeroWithOneLineReason(string fixture, string reason)
    {
        var result = await CliRunner.RunAsync("parse", RepoPaths.Fixtures(fixture));

        result.ExitCode.ShouldNotBe(0);
        result.Output.ShouldBeEmpty();
        var lines = result.Error.Trim().Split('\n');
        lines.Length.ShouldBe(1, result.Error);
        lines[0].ShouldStartWith("Lỗi: ");
        lines[0].ShouldContain(reason, Case.Insensitive);
    }

    [Fact]
    public async Task Parse_FileOver50Megabytes_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"legalreview-huge-{Guid.NewGuid():N}.txt");
        try
        {
            await using (var stream = File.Create(path))
            {
                stream.SetLength(51L * 1024 * 1024);
            }

            var result = await CliRunner.RunAsync("parse", path);

            result.ExitCode.ShouldNotBe(0);
            result.Error.ShouldContain("quá lớn");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Parse_MissingFile_SaysSo()
    {
        var result = await CliRunner.RunAsync("parse", "/nonexistent/luat.txt");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("không tìm thấy tệp");
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement node) =>
        new[] { node }.Concat(node.GetProperty("children").EnumerateArray().SelectMany(Descendants));
}
