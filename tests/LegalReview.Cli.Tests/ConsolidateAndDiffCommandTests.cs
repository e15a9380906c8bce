using System.Text.Json;

namespace LegalReview.Cli.Tests;

/// <summary>`legalreview consolidate` and `legalreview diff` on the real amendment sets.</summary>
public class ConsolidateAndDiffCommandTests
{
    private static readonly string HealthInsurance = RepoPaths.Samples("amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13");

    [Fact]
    public async Task Consolidate_HealthInsuranceLaw_AppliesEveryInstructionAndPrintsTheDocument()
    {
        var result = await CliRunner.RunAsync("consolidate", Path.Combine(HealthInsurance, "base.txt"), Path.Combine(HealthInsurance, "amending.txt"), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var instructions = json.RootElement.GetProperty("instructions").EnumerateArray().ToList();
        instructions.Count.ShouldBe(49);
        instructions.ShouldAllBe(i => i.GetProperty("status").GetString() == "Applied");
        instructions.ShouldContain(i => i.GetProperty("action").GetString() == "InsertAfter" && i.GetProperty("target").GetString()!.Contains("dieu-7"));
        var document = json.RootElement.GetProperty("document");
        document.GetProperty("number").GetString().ShouldBe("25/2008/QH12");
        // "Bổ sung các điều 7a, 7b và 7c vào sau Điều 7": the consolidated law has them, in order.
        var articleIds = document.GetProperty("provisions").EnumerateArray().SelectMany(c => c.GetProperty("children").EnumerateArray())
            .Select(a => a.GetProperty("id").GetString()).ToList();
        var seven = articleIds.IndexOf("chuong-1/dieu-7");
        articleIds.Skip(seven).Take(5).ShouldBe(["chuong-1/dieu-7", "chuong-1/dieu-7a", "chuong-1/dieu-7b", "chuong-1/dieu-7c", "chuong-1/dieu-8"]);
    }

    [Fact]
    public async Task Consolidate_UnrelatedAmendingFile_IsAClearError()
    {
        var result = await CliRunner.RunAsync("consolidate", Path.Combine(HealthInsurance, "base.txt"), RepoPaths.Samples("laws/luat-cong-doan-2012_12-2012-QH13.txt"));

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldStartWith("Lỗi: ");
    }

    [Fact]
    public async Task Consolidate_BadAsOfDate_IsAClearError()
    {
        var result = await CliRunner.RunAsync("consolidate", Path.Combine(HealthInsurance, "base.txt"), Path.Combine(HealthInsurance, "amending.txt"), "--as-of", "01/01/2015");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("YYYY-MM-DD");
    }

    [Fact]
    public async Task Diff_TxtAgainstDocxOfTheSameLaw_FindsNoChange()
    {
        var result = await CliRunner.RunAsync("diff", RepoPaths.Samples("laws/luat-cong-doan-2012_12-2012-QH13.txt"), RepoPaths.Samples("laws/docx/luat-cong-doan-2012_12-2012-QH13.docx"));

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("changed").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("added").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("removed").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Diff_TwoVersionsWithAnEditedClause_ReportsItWithOldAndNewText()
    {
        var dir = Directory.CreateTempSubdirectory("legalreview-diff-");
        try
        {
            var original = await File.ReadAllTextAsync(RepoPaths.Samples("laws/luat-cong-doan-2012_12-2012-QH13.txt"));
            var edited = original.Replace("Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2013.", "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2013.");
            edited.ShouldNotBe(original);
            var a = Path.Combine(dir.FullName, "a.txt");
            var b = Path.Combine(dir.FullName, "b.txt");
            await File.WriteAllTextAsync(a, original);
            await File.WriteAllTextAsync(b, edited);

            var result = await CliRunner.RunAsync("diff", a, b, "--format", "json");

            result.ExitCode.ShouldBe(0, result.Error);
            using var json = JsonDocument.Parse(result.Output);
            var changed = json.RootElement.GetProperty("changed").EnumerateArray().Single();
            changed.GetProperty("id").GetString().ShouldBe("chuong-6/dieu-32");
            changed.GetProperty("old").GetString()!.ShouldContain("01 tháng 01 năm 2013");
            changed.GetProperty("new").GetString()!.ShouldContain("01 tháng 7 năm 2013");

            var html = await CliRunner.RunAsync("diff", a, b, "--format", "html");
            html.Output.ShouldContain("từ ngày 01 tháng <del>01</del><ins>7</ins> năm 2013");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
