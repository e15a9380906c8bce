using LegalReview.Cli.Tests.BadInput;
using Microsoft.Data.Sqlite;

namespace LegalReview.Cli.Tests.Faults;

/// <summary>A full disk and a read-only data folder (real tmpfs mounts) give a one-line reason and lose nothing.</summary>
public sealed class StorageFaultTests
{
    private static string LabourCode => RepoPaths.Samples(Path.Combine("laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt"));
    private static string TradeUnionLaw => RepoPaths.Samples(Path.Combine("laws", "luat-cong-doan-2012_12-2012-QH13.txt"));

    [Fact]
    public async Task Import_ReadOnlyDataFolder_ClearReasonAndDataKept()
    {
        using var mount = ScratchMount.Create("64m");
        var data = Path.Combine(mount.Path, "data");
        (await CliRunner.RunAsync("import", TradeUnionLaw, "--data", data)).ExitCode.ShouldBe(0);
        var before = await CliProcess.CountsAsync(data);
        SqliteConnection.ClearAllPools();
        mount.Remount("ro");

        var result = await CliRunner.RunAsync("import", LabourCode, "--data", data);

        result.ExitCode.ShouldBe(2, result.Output + result.Error);
        result.Error.ShouldContain("chỉ đọc");
        result.Error.ShouldNotContain("   at ");
        mount.Remount("rw");
        (await CliProcess.CountsAsync(data)).ShouldBe(before);
    }

    [Fact]
    public async Task Import_DiskFullMidway_ClearReasonAndDatabaseStillConsistent()
    {
        using var mount = ScratchMount.Create("1m");
        var data = Path.Combine(mount.Path, "data");

        var full = await CliRunner.RunAsync("import", LabourCode, "--data", data);
        var countsAfterFailure = await CliProcess.CountsAsync(data);
        mount.Remount("size=64m");
        var retry = await CliRunner.RunAsync("import", LabourCode, "--data", data);
        var reindex = await CliRunner.RunAsync("reindex", "--data", data);
        var verify = await CliRunner.RunAsync("verify", "--data", data);

        full.ExitCode.ShouldNotBe(0);
        (full.Output + full.Error).ShouldContain("đầy");
        full.Error.ShouldNotContain("   at ");
        // The failed import left no half-written document: either no database yet or zero documents.
        countsAfterFailure.ShouldBeOneOf("no database", "Documents=0 DocumentVersions=0 Provisions=0 ChangeEvents=0");
        retry.ExitCode.ShouldBe(0, retry.Error);
        (await CliProcess.CountsAsync(data)).ShouldStartWith("Documents=1 DocumentVersions=1 ");
        reindex.ExitCode.ShouldBe(0, reindex.Error);
        verify.ExitCode.ShouldBe(0, verify.Output);
    }
}
