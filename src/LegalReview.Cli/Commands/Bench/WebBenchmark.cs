using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace LegalReview.Cli.Commands.Bench;

/// <summary>
/// Load test of a running LegalReview web app: N simulated reviewers, signed in once, each requesting search
/// pages and document pages back to back for a fixed time. Only loopback or test addresses should be targeted.
/// </summary>
public sealed partial class WebBenchmark(Uri baseUrl, string userName, string password)
{
    private static readonly string[] Queries =
    [
        "nguoi lao dong don phuong cham dut", "hợp đồng lao động", "BHXH bắt buộc", "45/2019/QH14", "thời giờ làm việc",
        "bảo hiểm y tế", "công đoàn", "an toàn vệ sinh lao động", "trợ cấp thôi việc", "tiền lương",
    ];

    /// <summary>Latencies in milliseconds of successful requests, and the failures.</summary>
    public sealed record Result(int Users, TimeSpan Duration, IReadOnlyList<double> Latencies, int Errors, IReadOnlyList<string> ErrorSamples, int Documents)
    {
        public double Percentile(double p)
        {
            if (Latencies.Count == 0) return double.NaN;
            var sorted = Latencies.Order().ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
        }

        public double RequestsPerSecond => (Latencies.Count + Errors) / Duration.TotalSeconds;
    }

    /// <summary>
    /// Signs in, waits for the sample import to finish and the search index to answer, then runs <paramref name="users"/>
    /// loops for <paramref name="warmUp"/> (not recorded: a fresh process runs unoptimized code for its first tens of
    /// seconds) and <paramref name="duration"/> (recorded).
    /// </summary>
    /// <exception cref="InvalidOperationException">Login failed or the app has no documents; the message says which.</exception>
    public async Task<Result> RunAsync(int users, TimeSpan warmUp, TimeSpan duration, TimeSpan warmUpLimit, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = users,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        await LoginAsync(client, ct);
        var documents = await WaitForContentAsync(client, warmUpLimit, ct);

        var latencies = new List<double>[users];
        var errors = 0;
        var samples = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            var mine = latencies[u] = [];
            var random = new Random(u);
            while (stopwatch.Elapsed < warmUp + duration && !ct.IsCancellationRequested)
            {
                var recorded = stopwatch.Elapsed >= warmUp;
                var path = random.Next(2) == 0
                    ? "/search?q=" + Uri.EscapeDataString(Queries[random.Next(Queries.Length)])
                    : $"/documents/{documents[random.Next(documents.Count)]}";
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        if (recorded)
                        {
                            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        }

                        continue;
                    }

                    Fail($"{(int)response.StatusCode} {path}");
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    Fail($"{ex.GetType().Name} {path}");
                }
            }
        }, ct)).ToList();
        await Task.WhenAll(tasks);
        return new Result(users, stopwatch.Elapsed - warmUp, latencies.SelectMany(l => l).ToList(), errors, samples, documents.Count);

        void Fail(string what)
        {
            Interlocked.Increment(ref errors);
            lock (samples)
            {
                if (samples.Count < 5) samples.Add(what);
            }
        }
    }

    private async Task LoginAsync(HttpClient client, CancellationToken ct)
    {
        var form = await client.GetStringAsync("/Account/Login", ct);
        var token = TokenField().Match(form);
        if (!token.Success) throw new InvalidOperationException($"{baseUrl} không có trang đăng nhập LegalReview.");
        using var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }), ct);
        if (login.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Đăng nhập {userName} thất bại (HTTP {(int)login.StatusCode}); kiểm tra --user/--password.");
    }

    /// <summary>
    /// Waits (first start imports the samples in the background) until the import banner is gone, documents are listed
    /// and search answers: measuring during the import would time the import.
    /// </summary>
    private static async Task<List<long>> WaitForContentAsync(HttpClient client, TimeSpan limit, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var list = await client.GetStringAsync("/documents", ct);
            var ids = DocumentLink().Matches(list).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
            var search = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString(Queries[0]), ct);
            var importing = list.Contains("banner-progress", StringComparison.Ordinal);
            if (!importing && ids.Count > 0 && search.Contains("class=\"hit\"", StringComparison.Ordinal)) return ids;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException("Ứng dụng chưa có văn bản hoặc chỉ mục tìm kiếm chưa sẵn sàng (đã chờ " + limit.TotalSeconds + " giây).");
            await Task.Delay(1000, ct);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("href=\"/documents/(\\d+)\"")]
    private static partial Regex DocumentLink();
}
