using System.CommandLine;
using LegalReview.Data.Search;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LegalReview.Cli.Commands.Search;

/// <summary>`legalreview reindex [--data DIR]`: rebuilds the search index from the database.</summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Xây dựng lại chỉ mục tìm kiếm từ cơ sở dữ liệu");
        command.SetAction((result, ct) => RunAsync(result.GetValue(GlobalOptions.Data), ct));
        return command;
    }

    public static async Task<int> RunAsync(DirectoryInfo? data, CancellationToken ct)
    {
        await using var services = await CliHost.CreateAsync(data, ct);
        await using var scope = services.CreateAsyncScope();
        var indexing = scope.ServiceProvider.GetRequiredService<SearchIndexing>();
        var total = await indexing.CountDocumentsAsync(ct);
        var count = 0;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Lập chỉ mục {total} văn bản", maxValue: Math.Max(1, total));
                count = await indexing.ReindexAsync(new SyncProgress(done => task.Value = done), ct);
            });
        Console.WriteLine($"Đã lập chỉ mục {count} văn bản.");
        return 0;
    }

    /// <summary>Reports on the calling thread so the bar moves in order.</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
