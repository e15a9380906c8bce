using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace LegalReview.Cli.Tests.Faults;

/// <summary>
/// kill -9 during `import` and `reindex`, then a restart: the same documents, versions and raw snapshots as a clean
/// run, nothing duplicated, and `verify` exits 0 only when the index matches (scripts/faults.sh repeats this at random moments).
/// </summary>
public sealed class KillAndRestartTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "legalreview-kill-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Import_KilledWhileWritingThenRestarted_SameSnapshotsAsCleanImport()
    {
        var clean = Path.Combine(root, "clean");
        var killed = Path.Combine(root, "killed");
        (await CliRunner.RunAsync("import", RepoPaths.Samples("laws"), "--data", clean)).ExitCode.ShouldBe(1); // one .txt is a known reject

        await KillWhenAsync(killed, "Đã nhập", "import", RepoPaths.Samples("laws"), "--data", killed);
        var restart = await CliRunner.RunAsync("import", RepoPaths.Samples("laws"), "--data", killed);

        restart.Output.ShouldContain("từ chối: 1");
        (await FingerprintAsync(killed)).ShouldBe(await FingerprintAsync(clean));
    }

    [Fact]
    public async Task Reindex_KilledThenVerify_ReportsOrMatchesAndRestartMatches()
    {
        var data = Path.Combine(root, "data");
        await CliRunner.RunAsync("import", RepoPaths.Samples("laws"), "--data", data);

        await KillWhenAsync(data, "Lập chỉ mục", "reindex", "--data", data);
        var afterKill = await CliRunner.RunAsync("verify", "--data", data);
        var restart = await CliRunner.RunAsync("reindex", "--data", data);
        var verify = await CliRunner.RunAsync("verify", "--data", data);

        // Killed before its commit the index is behind (exit 1), after it the index is whole (exit 0); never anything else.
        afterKill.ExitCode.ShouldBeOneOf(0, 1);
        restart.ExitCode.ShouldBe(0, restart.Error);
        verify.ExitCode.ShouldBe(0, verify.Output);
    }

    [Fact]
    public async Task AnyCommand_StaleMigrationLockLeftByKilledProcess_StillStarts()
    {
        // What kill -9 during start-up leaves behind: EF Core's SQLite migration lock row, never deleted.
        var data = Path.Combine(root, "stale-lock");
        (await CliRunner.RunAsync("import", RepoPaths.Samples(Path.Combine("laws", "luat-cong-doan-2012_12-2012-QH13.txt")), "--data", data)).ExitCode.ShouldBe(0);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "legalreview.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE IF NOT EXISTS __EFMigrationsLock (Id INTEGER PRIMARY KEY, Timestamp TEXT NOT NULL); INSERT INTO __EFMigrationsLock VALUES (1, '2026-01-01 00:00:00+00:00');";
            await command.ExecuteNonQueryAsync();
        }

        var reindex = await CliRunner.RunAsync("reindex", "--data", data);
        var verify = await CliRunner.RunAsync("verify", "--data", data);

        reindex.ExitCode.ShouldBe(0, reindex.Error);
        verify.ExitCode.ShouldBe(0, verify.Output);
    }

    /// <summary>Starts the CLI and sends SIGKILL at its first per-file line ("x.txt: …") or <paramref name="marker"/>, i.e. mid-run.</summary>
    private static async Task KillWhenAsync(string data, string marker, params string[] args)
    {
        Directory.CreateDirectory(data);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "legalreview.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal) || line.Contains(':', StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true); // SIGKILL on Linux
                break;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
    }

    private static async Task<string> FingerprintAsync(string folder)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "legalreview.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.Number || ' v' || v.VersionNumber || ' ' || v.Sha256 FROM DocumentVersions v JOIN Documents d ON d.Id = v.DocumentId ORDER BY 1";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        await using var dup = connection.CreateCommand();
        dup.CommandText = "SELECT COUNT(*) FROM (SELECT Number, Issuer FROM Documents GROUP BY Number, Issuer HAVING COUNT(*) > 1)";
        return $"duplicates={await dup.ExecuteScalarAsync()} " + string.Join("; ", rows);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
