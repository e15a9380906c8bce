using System.CommandLine;
using LegalReview.Data.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands.Search;

/// <summary>
/// `legalreview verify`: reports documents missing from or stale in the search index and outbox entries not yet
/// indexed (exit 1 when the index differs or an entry failed).
/// </summary>
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
        var failed = report.FailedOutbox;
        Console.WriteLine($"Văn bản trong cơ sở dữ liệu: {report.DocumentCount}");
        Console.WriteLine($"  thiếu trong chỉ mục : {report.Missing.Count}{List(report.Missing)}");
        Console.WriteLine($"  lỗi thời            : {report.Stale.Count}{List(report.Stale)}");
        Console.WriteLine($"  thừa (đã xóa)       : {report.Orphaned.Count}{List(report.Orphaned)}");
        Console.WriteLine($"  hàng đợi chờ lập chỉ mục: {report.PendingOutbox.Count} (lỗi: {failed.Count}, bỏ cuộc: {failed.Count(e => e.IsPoisoned)})");
        foreach (var entry in failed.Take(20))
        {
            Console.WriteLine($"    mục {entry.Id}, văn bản {entry.DocumentId} ({entry.Reason}), {entry.Attempts} lần lỗi: {entry.LastError}");
        }

        if (report.IsInSync && failed.Count == 0)
        {
            Console.WriteLine(report.PendingOutbox.Count == 0
                ? "Chỉ mục khớp với cơ sở dữ liệu."
                : "Chỉ mục khớp với cơ sở dữ liệu; các mục đang chờ sẽ được lập chỉ mục ở lượt tiếp theo.");
            return 0;
        }

        Console.Error.WriteLine(report.IsInSync
            ? "Lỗi: có mục trong hàng đợi không lập chỉ mục được; xem lỗi ở trên rồi chạy `legalreview reindex`."
            : "Lỗi: chỉ mục không khớp với cơ sở dữ liệu; chạy `legalreview reindex`.");
        return 1;
    }

    private static string List(IReadOnlyList<long> ids) =>
        ids.Count == 0 ? "" : " (id: " + string.Join(", ", ids.Take(20)) + (ids.Count > 20 ? ", …" : "") + ")";
}
