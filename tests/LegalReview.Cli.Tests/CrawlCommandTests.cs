using System.Text.Json;

namespace LegalReview.Cli.Tests;

/// <summary>`legalreview parse-page` on a real saved page and `legalreview crawl localfolder`, run as a child process.</summary>
public class CrawlCommandTests
{
    [Fact]
    public async Task ParsePage_SavedThuVienPhapLuatPage_PrintsMetadataAndText()
    {
        var page = Path.Combine(RepoPaths.Root, "crawlers", "LegalReview.Crawlers", "Sources", "ThuVienPhapLuat", "examples", "luat-an-ninh-mang-2018_24-2018-QH14.html");

        var result = await CliRunner.RunAsync("parse-page", "thuvienphapluat", page, "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var document = json.RootElement.GetProperty("document");
        var metadata = document.GetProperty("metadata");
        metadata.GetProperty("number").GetString().ShouldBe("24/2018/QH14");
        metadata.GetProperty("type").GetString().ShouldBe("Luật");
        metadata.GetProperty("issuer").GetString().ShouldBe("Quốc hội");
        metadata.GetProperty("issuedOn").GetString().ShouldBe("2018-06-12");
        var text = document.GetProperty("text").EnumerateArray().Select(p => p.GetString()).ToList();
        text.ShouldContain("Điều 1. Phạm vi điều chỉnh");
        document.GetProperty("relations").ValueKind.ShouldBe(JsonValueKind.Array);
    }

    [Fact]
    public async Task ParsePage_NotAPageOfTheSource_FailsWithOneLineReason()
    {
        var result = await CliRunner.RunAsync("parse-page", "congbao", RepoPaths.Samples("laws/luat-cong-doan-2012_12-2012-QH13.txt"), "--format", "json");

        result.ExitCode.ShouldBe(2);
        result.Error.Trim().ShouldStartWith("Lỗi: luat-cong-doan-2012_12-2012-QH13.txt:");
        result.Error.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task Crawl_LocalFolderTwice_StoresLawsOnceThenReportsUnchanged()
    {
        var data = Path.Combine(Path.GetTempPath(), "legalreview-cli-tests", Guid.NewGuid().ToString("N"));
        var inbox = Path.Combine(data, "inbox");
        Directory.CreateDirectory(inbox);
        File.Copy(RepoPaths.Samples("laws/luat-cong-doan-2012_12-2012-QH13.txt"), Path.Combine(inbox, "luat-cong-doan.txt"));
        File.Copy(RepoPaths.Samples("laws/luat-viec-lam-2013_38-2013-QH13.txt"), Path.Combine(inbox, "luat-viec-lam.txt"));
        try
        {
            var first = await CliRunner.RunAsync("crawl", "localfolder", "--data", data);
            var second = await CliRunner.RunAsync("crawl", "localfolder", "--data", data);

            first.ExitCode.ShouldBe(0, first.Error + first.Output);
            first.Output.ShouldContain("mới: 2");
            first.Output.ShouldContain("đã lưu: 2");
            second.ExitCode.ShouldBe(0, second.Error + second.Output);
            second.Output.ShouldContain("mới: 0");
            second.Output.ShouldContain("không đổi: 2");
            second.Output.ShouldContain("đã lưu: 0");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
