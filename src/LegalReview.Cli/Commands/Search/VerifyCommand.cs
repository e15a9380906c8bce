using System.CommandLine;
using LegalReview.Data.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands.Search;

/// <summary>`legalreview verify`: reports documents missing from or stale in the search index (exit 1 when any).</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Kiểm tra chỉ mục tìm kiếm so với cơ sở dữ liệu");
        command.SetAction((result, ct) => RunAsync(result.GetValue(GlobalOptions.Data), ct));
        return command;
    }

    public static async Task<int> RunAsync(DirectoryInfo? data, CancellationToken ct)
    {
        await using var services = await CliHost.CreateAsync(data, ct);
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SearchIndexing>().VerifyAsync(ct);
        Console.WriteLine($"Văn bản trong cơ sở dữ liệu: {report.DocumentCount}");
        Console.WriteLine($"  thiếu trong chỉ mục : {report.Missing.Count}{List(report.Missing)}");
        Console.WriteLine($"  lỗi thời            : {report.Stale.Count}{List(report.Stale)}");
        Console.WriteLine($"  thừa (đã xóa)       : {report.Orphaned.Count}{List(report.Orphaned)}");
        if (report.IsInSync)
        {
            Console.WriteLine("Chỉ mục khớp với cơ sở dữ liệu.");
            return 0;
        }

        Console.Error.WriteLine("Lỗi: chỉ mục không khớp với cơ sở dữ liệu; chạy `legalreview reindex`.");
        return 1;
    }

    private static string List(IReadOnlyList<long> ids) =>
        ids.Count == 0 ? "" : " (id: " + string.Join(", ", ids.Take(20)) + (ids.Count > 20 ? ", …" : "") + ")";
}
