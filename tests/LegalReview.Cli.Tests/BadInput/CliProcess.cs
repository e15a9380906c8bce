using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace LegalReview.Cli.Tests.BadInput;

/// <summary>Runs `legalreview` with extra environment variables, and reads row counts of a data folder's database.</summary>
public static class CliProcess
{
    public static async Task<CliRunner.Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "legalreview.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRunner.Result(process.ExitCode, await output, await error);
    }

    /// <summary>"documents=N versions=N provisions=N events=N" or "no database".</summary>
    public static async Task<string> CountsAsync(string dataFolder)
    {
        var path = Path.Combine(dataFolder, "legalreview.db");
        if (!File.Exists(path)) return "no database";
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in new[] { "Documents", "DocumentVersions", "Provisions", "ChangeEvents" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            parts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }

        return string.Join(' ', parts);
    }
}
