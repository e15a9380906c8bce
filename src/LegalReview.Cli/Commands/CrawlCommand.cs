using System.CommandLine;
using LegalReview.Crawlers;
using LegalReview.Crawlers.Http;
using LegalReview.Crawlers.Sources.LocalFolder;
using LegalReview.Data;
using LegalReview.Data.Crawling;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LegalReview.Cli.Commands;

/// <summary>
/// `legalreview crawl SOURCE [--max N] [--base-url URL] [--option k=v]`: crawls a source into the data folder. State
/// lives in the database under the source id, so a killed crawl resumes on the next call.
/// </summary>
public static class CrawlCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("SOURCE") { Description = "Nguồn: " + string.Join(", ", CrawlerKinds.All) };
        source.AcceptOnlyFromAmong([.. CrawlerKinds.All]);
        var max = new Option<int?>("--max") { Description = "Dừng sau N văn bản (lần sau chạy tiếp)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Địa chỉ gốc thay cho trang thật (bản sao, thử nghiệm); với localfolder: thư mục" };
        var options = new Option<string[]>("--option") { Description = "Tùy chọn của nguồn, dạng khóa=giá trị (vd. unit=langson, year=2026)", AllowMultipleArgumentsPerToken = true };
        var rate = new Option<double>("--rate") { Description = "Số yêu cầu/giây tối đa cho mỗi máy chủ (0 = không giới hạn)", DefaultValueFactory = _ => 1.0 };
        var command = new Command("crawl", "Thu thập văn bản từ một nguồn vào cơ sở dữ liệu") { source, max, baseUrl, options, rate };
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(source)!, result.GetValue(max), result.GetValue(baseUrl), result.GetValue(options) ?? [],
            result.GetValue(rate), result.GetValue(GlobalOptions.Data), ct));
        return command;
    }

    public static async Task<int> RunAsync(
        string source, int? max, string? baseUrl, string[] optionPairs, double rate, DirectoryInfo? data, CancellationToken ct)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in optionPairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                Console.Error.WriteLine($"Lỗi: tùy chọn '{pair}' phải có dạng khóa=giá trị.");
                return 2;
            }
            options[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }

        await using var services = await CliHost.CreateAsync(data, ct);
        var settings = services.GetRequiredService<DatabaseSettings>();
        Uri? root = null;
        string? folder = null;
        if (source == LocalFolderCrawler.Id)
        {
            folder = baseUrl is null ? Path.Combine(settings.DataFolder, "inbox")
                : Uri.TryCreate(baseUrl, UriKind.Absolute, out var f) && f.IsFile ? f.LocalPath : Path.GetFullPath(baseUrl);
            Directory.CreateDirectory(folder);
        }
        else if (baseUrl is not null && !Uri.TryCreate(baseUrl, UriKind.Absolute, out root))
        {
            Console.Error.WriteLine($"Lỗi: --base-url '{baseUrl}' không phải địa chỉ tuyệt đối.");
            return 2;
        }

        var fetcher = PoliteFetcher.Create(new FetcherOptions { RequestsPerSecondPerHost = rate });
        var crawler = CrawlerKinds.Create(source, fetcher, TimeProvider.System, folder);
        var request = new CrawlRequest(root, max, Options: options);
        CrawlRunSummary? summary = null;
        await using var scope = services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<CrawlRunner>();
        try
        {
            await AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask($"Thu thập {source}", maxValue: 1);
                var progress = new Progress<CrawlProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Fetched + p.Unchanged + p.Failed + p.Pending);
                    task.Value = p.Fetched + p.Unchanged + p.Failed;
                    task.Description = $"{source}: mới {p.New}, thay đổi {p.Changed}, lỗi {p.Failed}, còn {p.Pending}";
                });
                summary = await runner.RunAsync(source, crawler, request, "cli", checkEmptyRuns: false, progress, ct);
            });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"Đã dừng; chạy lại 'legalreview crawl {source}' để tiếp tục.");
            return 130;
        }

        var s = summary!;
        Console.WriteLine($"Nguồn {s.SourceId}, lượt {s.RunId[..8]} ({(s.Finished ? "xong" : "chưa xong — chạy lại để tiếp tục")}) vào {settings.DataFolder}");
        Console.WriteLine($"  đã tải: {s.Fetched}, mới: {s.New}, thay đổi: {s.Changed}, không đổi: {s.Unchanged}, lỗi: {s.Failed}");
        Console.WriteLine($"  đã lưu: {s.Stored}, bị từ chối: {s.Rejected}");
        await using (var faultScope = services.CreateAsyncScope())
        {
            var db = faultScope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            foreach (var fault in db.CrawlFaults.Where(f => f.RunId == s.RunId).OrderBy(f => f.Id).Take(20).ToList())
                Console.WriteLine($"  lỗi {fault.Kind}: {fault.Url} — {fault.Message}");
        }

        await Search.SearchOutboxCli.DrainAsync(services, ct);
        if (s.UnhealthyReason is not null)
        {
            Console.Error.WriteLine("Cảnh báo: " + s.UnhealthyReason);
            return 1;
        }
        return 0;
    }
}
