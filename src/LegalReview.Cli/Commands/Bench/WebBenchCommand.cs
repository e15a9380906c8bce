using System.CommandLine;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>`legalreview bench web --url URL`: concurrent reviewers on search and document pages; p50/p95/p99 and errors.</summary>
public static class WebBenchCommand
{
    public const double GoalP95Milliseconds = 150;

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Địa chỉ ứng dụng đang chạy, ví dụ http://127.0.0.1:5080", Required = true };
        var users = new Option<int>("--users") { Description = "Số người dùng đồng thời", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "Thời gian đo (giây)", DefaultValueFactory = _ => 60 };
        var warmUp = new Option<int>("--warmup") { Description = "Thời gian chạy nóng trước khi đo, không tính (giây)", DefaultValueFactory = _ => 30 };
        var user = new Option<string>("--user") { Description = "Tên đăng nhập", DefaultValueFactory = _ => "admin" };
        var password = new Option<string?>("--password") { Description = "Mật khẩu (hoặc biến môi trường LEGALREVIEW_BENCH_PASSWORD)" };
        var command = new Command("web", "Tải đồng thời lên trang tìm kiếm và trang văn bản (mục tiêu p95 ≤ 150 ms, 0 lỗi)")
        {
            url, users, seconds, warmUp, user, password,
        };
        command.SetAction((result, ct) => RunAsync(result.GetValue(url)!, result.GetValue(users), result.GetValue(seconds),
            result.GetValue(warmUp), result.GetValue(user)!, result.GetValue(password) ?? Environment.GetEnvironmentVariable("LEGALREVIEW_BENCH_PASSWORD"), ct));
        return command;
    }

    public static async Task<int> RunAsync(string url, int users, int seconds, int warmUp, string user, string? password, CancellationToken ct)
    {
        if (users is < 1 or > 1000)
            return Error("--users phải từ 1 đến 1000.");
        if (seconds is < 1 or > 3600)
            return Error("--seconds phải từ 1 đến 3600.");
        if (warmUp is < 0 or > 600)
            return Error("--warmup phải từ 0 đến 600.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            return Error($"--url '{url}' không phải địa chỉ http(s) hợp lệ.");
        if (string.IsNullOrEmpty(password))
            return Error("cần mật khẩu: --password hoặc biến môi trường LEGALREVIEW_BENCH_PASSWORD.");

        WebBenchmark.Result r;
        try
        {
            r = await new WebBenchmark(baseUrl, user, password).RunAsync(users, TimeSpan.FromSeconds(warmUp), TimeSpan.FromSeconds(seconds), TimeSpan.FromMinutes(5), ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException)
        {
            return Error(ex.Message);
        }

        Console.WriteLine($"bench web: {r.Users} users × {r.Duration.TotalSeconds:F0} s on search and document pages ({r.Documents} documents) after {warmUp} s of warm-up, {Environment.ProcessorCount} cores, {baseUrl}");
        Console.WriteLine($"  requests    : {r.Latencies.Count + r.Errors,10}   ({r.RequestsPerSecond:F1}/s)");
        Console.WriteLine($"  p50         : {r.Percentile(50),10:F1} ms");
        Console.WriteLine($"  p95         : {r.Percentile(95),10:F1} ms   (goal ≤ {GoalP95Milliseconds} ms)");
        Console.WriteLine($"  p99         : {r.Percentile(99),10:F1} ms");
        Console.WriteLine($"  errors      : {r.Errors,10}   (goal 0){(r.ErrorSamples.Count > 0 ? "  e.g. " + string.Join("; ", r.ErrorSamples) : "")}");
        return r.Errors == 0 && r.Percentile(95) <= GoalP95Milliseconds ? 0 : 1;
    }

    private static int Error(string message)
    {
        Console.Error.WriteLine("Lỗi: " + message);
        return 2;
    }
}
