using LegalReview.Data.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands.Search;

/// <summary>
/// Drains the search outbox after a CLI import or crawl, so `legalreview search` finds what was just imported. The
/// entries were written with the data, so when the index is busy (the web app holds the Lucene folder) nothing is
/// lost: the web app's drain picks them up.
/// </summary>
public static class SearchOutboxCli
{
    /// <summary>Drains and prints one line; never fails the command (the data is already stored).</summary>
    public static async Task DrainAsync(IServiceProvider services, CancellationToken ct)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<SearchOutboxDrainer>().DrainAsync(ct);
            Console.WriteLine($"Chỉ mục tìm kiếm: đã cập nhật {result.DocumentsIndexed} văn bản, còn chờ {result.Pending} mục.");
            if (result.EntriesFailed > 0)
            {
                Console.Error.WriteLine($"Cảnh báo: {result.EntriesFailed} mục chưa lập chỉ mục được (sẽ thử lại; xem `legalreview verify`).");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine($"Cảnh báo: chưa cập nhật được chỉ mục tìm kiếm ({ex.Message.ReplaceLineEndings(" ")}); " +
                                    "các mục đã được ghi lại và sẽ được lập chỉ mục sau (ứng dụng web hoặc `legalreview reindex`).");
        }
    }
}
