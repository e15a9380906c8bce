using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace LegalReview.Cli.Tests.Backup;

/// <summary>`legalreview backup DIR` / `restore DIR`: a round trip keeps every document, version and raw snapshot.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "legalreview-backup-tests", Guid.NewGuid().ToString("N"));

    private string Data => Path.Combine(root, "data");
    private string Saved => Path.Combine(root, "backup");
    private string Restored => Path.Combine(root, "restored");

    [Fact]
    public async Task BackupThenRestore_ImportedLaws_SameVersionsAndSnapshotsAndIndexInSync()
    {
        var import = await CliRunner.RunAsync("import", RepoPaths.Samples("laws"), "--data", Data);
        import.Output.ShouldContain("mới: 6");
        var before = await SnapshotsAsync(Data);

        var backup = await CliRunner.RunAsync("backup", Saved, "--data", Data);
        // A later import must not leak into the backup taken before it.
        await CliRunner.RunAsync("import", RepoPaths.Samples(Path.Combine("amendments", "dien-luc_28-2004-QH11__24-2012-QH13", "base.txt")), "--data", Data);
        var restore = await CliRunner.RunAsync("restore", Saved, "--data", Restored);
        var verify = await CliRunner.RunAsync("verify", "--data", Restored);

        backup.ExitCode.ShouldBe(0, backup.Error);
        backup.Output.ShouldContain("Đã sao lưu 6 văn bản");
        restore.ExitCode.ShouldBe(0, restore.Error);
        restore.Output.ShouldContain("Đã lập chỉ mục 6 văn bản");
        verify.ExitCode.ShouldBe(0, verify.Output + verify.Error);
        (await SnapshotsAsync(Restored)).ShouldBe(before);
        File.Exists(Path.Combine(Saved, "legalreview.db-wal")).ShouldBeFalse();
    }

    [Fact]
    public async Task Restore_IntoFolderWithDatabase_RefusesWithoutForceAndKeepsData()
    {
        await CliRunner.RunAsync("import", RepoPaths.Samples(Path.Combine("laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt")), "--data", Data);
        (await CliRunner.RunAsync("backup", Saved, "--data", Data)).ExitCode.ShouldBe(0);
        await CliRunner.RunAsync("import", RepoPaths.Samples(Path.Combine("laws", "luat-cong-doan-2012_12-2012-QH13.txt")), "--data", Data);
        var before = await SnapshotsAsync(Data);

        var refused = await CliRunner.RunAsync("restore", Saved, "--data", Data);
        var afterRefusal = await SnapshotsAsync(Data);
        var forced = await CliRunner.RunAsync("restore", Saved, "--data", Data, "--force");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("đã có cơ sở dữ liệu; dùng --force để ghi đè");
        afterRefusal.ShouldBe(before);
        forced.ExitCode.ShouldBe(0, forced.Error);
        (await SnapshotsAsync(Data)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Backup_IntoNonEmptyFolder_RefusesWithReason()
    {
        await CliRunner.RunAsync("import", RepoPaths.Samples(Path.Combine("laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt")), "--data", Data);
        Directory.CreateDirectory(Saved);
        await File.WriteAllTextAsync(Path.Combine(Saved, "keep.txt"), "x");

        var result = await CliRunner.RunAsync("backup", Saved, "--data", Data);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("không rỗng");
        Directory.EnumerateFiles(Saved).Select(Path.GetFileName).ShouldBe(["keep.txt"]);
    }

    [Fact]
    public async Task Restore_FolderThatIsNotABackup_RefusesAndCreatesNoDatabase()
    {
        Directory.CreateDirectory(Saved);

        var result = await CliRunner.RunAsync("restore", Saved, "--data", Restored);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("không phải bản sao lưu LegalReview");
        File.Exists(Path.Combine(Restored, "legalreview.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task Restore_ManifestCountsTampered_RefusesAsDamaged()
    {
        await CliRunner.RunAsync("import", RepoPaths.Samples(Path.Combine("laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt")), "--data", Data);
        (await CliRunner.RunAsync("backup", Saved, "--data", Data)).ExitCode.ShouldBe(0);
        var manifest = Path.Combine(Saved, "backup.json");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace("\"Documents\": 1", "\"Documents\": 7"));

        var result = await CliRunner.RunAsync("restore", Saved, "--data", Restored);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("không khớp");
        File.Exists(Path.Combine(Restored, "legalreview.db")).ShouldBeFalse();
    }

    /// <summary>Document number, version number and the SHA-256 of the stored raw bytes of every version.</summary>
    private static async Task<List<string>> SnapshotsAsync(string folder)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "legalreview.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.Number, v.VersionNumber, v.RawBytes FROM DocumentVersions v JOIN Documents d ON d.Id = v.DocumentId ORDER BY d.Number, v.VersionNumber";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)} v{reader.GetInt32(1)} {Convert.ToHexString(SHA256.HashData((byte[])reader[2]))}");
        }

        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
