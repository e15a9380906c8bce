using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace LegalReview.Crawlers.Http;

/// <summary>
/// The only way crawlers reach the network: robots.txt honoured (cached per host), per-host rate limit, identifying
/// User-Agent, per-attempt timeout, retries with exponential backoff on transient faults (Retry-After honoured, capped),
/// conditional GET, a response size cap, charset detection and manual redirects with loop protection.
/// Everything is counted in <see cref="Statistics"/>. Never throws for network or HTTP failures (only on cancellation):
/// they come back as <see cref="FetchOutcome.Failed"/>.
/// </summary>
public sealed class PoliteFetcher
{
    private readonly HttpClient _http;
    private readonly FetcherOptions _options;
    private readonly TimeProvider _time;
    private readonly HostRateLimiter _rateLimiter;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> _robots = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="http">A client whose handler does NOT follow redirects (see <see cref="CreateHandler"/>); redirects are handled here.</param>
    public PoliteFetcher(HttpClient http, FetcherOptions options, TimeProvider time, FetchStatistics? statistics = null)
    {
        _http = http;
        _options = options;
        _time = time;
        _rateLimiter = new HostRateLimiter(options.RequestsPerSecondPerHost, time);
        Statistics = statistics ?? new FetchStatistics();
    }

    public FetchStatistics Statistics { get; }

    public FetcherOptions Options => _options;

    /// <summary>The primary handler to give the fetcher's HttpClient (typed client: <c>ConfigurePrimaryHttpMessageHandler</c>).</summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>Creates a fetcher with its own HttpClient (CLI, tests, benchmarks).</summary>
    public static PoliteFetcher Create(FetcherOptions options, TimeProvider? time = null, FetchStatistics? statistics = null) =>
        new(new HttpClient(CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan }, options, time ?? TimeProvider.System, statistics);

    /// <summary>Fetches <paramref name="url"/>; with <paramref name="conditional"/> validators an unchanged page gives <see cref="FetchOutcome.NotModified"/>.</summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<FetchResult> FetchAsync(Uri url, ConditionalRequest? conditional, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (_options.RespectRobotsTxt && !await IsAllowedAsync(current, cancellationToken).ConfigureAwait(false))
                return Fail(url, current, 0, FetchFaultKind.RobotsDisallowed, $"robots.txt disallows {current.PathAndQuery}");

            var attempt = await FetchWithRetriesAsync(current, conditional, cancellationToken).ConfigureAwait(false);
            if (attempt.Redirect is null) return attempt.Result! with { RequestedUrl = url };

            var next = attempt.Redirect;
            if (!visited.Add(next.AbsoluteUri))
                return Fail(url, current, attempt.Status, FetchFaultKind.RedirectLoop, $"redirect loop back to {next}");
            if (hop + 1 > _options.MaxRedirects)
                return Fail(url, current, attempt.Status, FetchFaultKind.TooManyRedirects, $"more than {_options.MaxRedirects} redirects");
            current = next;
        }
    }

    /// <summary>Whether robots.txt of the URL's host lets us fetch it (fetched once per host and cached).</summary>
    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.IsFile) return true;
        var key = url.GetLeftPart(UriPartial.Authority);
        var robots = await _robots.GetOrAdd(key, k => new Lazy<Task<RobotsTxt>>(() => LoadRobotsAsync(new Uri(k + "/robots.txt"))))
            .Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return robots.IsAllowed(url, _options.RobotsUserAgentToken);
    }

    private async Task<RobotsTxt> LoadRobotsAsync(Uri robotsUrl)
    {
        Statistics.RobotsFetch();
        // Not tied to one caller's token: the cached task serves every later caller.
        var attempt = await FetchWithRetriesAsync(robotsUrl, null, CancellationToken.None).ConfigureAwait(false);
        var result = attempt.Result;
        if (attempt.Redirect is not null || result is null) return RobotsTxt.AllowAll;
        if (result.IsOk) return RobotsTxt.Parse(result.GetText());
        return result.Fault == FetchFaultKind.ClientError ? RobotsTxt.AllowAll : RobotsTxt.DisallowAll;
    }

    private async Task<Attempt> FetchWithRetriesAsync(Uri url, ConditionalRequest? conditional, CancellationToken cancellationToken)
    {
        for (var attemptNo = 0; ; attemptNo++)
        {
            await _rateLimiter.WaitAsync(url, cancellationToken).ConfigureAwait(false);
            var attempt = await SendOnceAsync(url, conditional, cancellationToken).ConfigureAwait(false);
            var fault = attempt.Result?.Fault;
            if (fault is null || !IsTransient(fault.Value) || attemptNo >= _options.MaxRetries) return attempt;

            Statistics.Retry();
            var backoff = TimeSpan.FromTicks(_options.BaseBackoff.Ticks * (1L << attemptNo));
            var wait = attempt.RetryAfter ?? backoff;
            if (wait > _options.MaxRetryWait) wait = _options.MaxRetryWait;
            if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(FetchFaultKind kind) => kind is FetchFaultKind.Timeout or FetchFaultKind.ServerError
        or FetchFaultKind.TooManyRequests or FetchFaultKind.Truncated or FetchFaultKind.Network;

    private async Task<Attempt> SendOnceAsync(Uri url, ConditionalRequest? conditional, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (conditional?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (conditional?.LastModified is { } modified) request.Headers.IfModifiedSince = modified;
        Statistics.Request();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            return await ReadResponseAsync(url, response, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return new Attempt(Fail(url, url, 0, FetchFaultKind.Timeout, $"no complete answer within {_options.Timeout.TotalSeconds:0.###} s"));
        }
        catch (HttpIOException e) when (e.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            return new Attempt(Fail(url, url, 0, FetchFaultKind.Truncated, "connection closed before the body was complete"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            var truncated = e is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded }
                || e.InnerException is HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded };
            return truncated
                ? new Attempt(Fail(url, url, 0, FetchFaultKind.Truncated, "connection closed before the body was complete"))
                : new Attempt(Fail(url, url, 0, FetchFaultKind.Network, e.Message.ReplaceLineEndings(" ")));
        }
    }

    private async Task<Attempt> ReadResponseAsync(Uri url, HttpResponseMessage response, CancellationToken token)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && status != 304)
        {
            var location = response.Headers.Location;
            if (location is null) return new Attempt(Fail(url, url, status, FetchFaultKind.BadRedirect, $"HTTP {status} without Location"));
            return new Attempt(null, location.IsAbsoluteUri ? location : new Uri(url, location), status);
        }
        if (status == 304)
        {
            Statistics.NotModified();
            return new Attempt(Result(url, response, FetchOutcome.NotModified, [], null));
        }
        if (status == 429 || status >= 500)
        {
            var kind = status == 429 ? FetchFaultKind.TooManyRequests : FetchFaultKind.ServerError;
            return new Attempt(Fail(url, url, status, kind, $"HTTP {status}"), RetryAfter: RetryAfter(response));
        }
        if (status >= 400) return new Attempt(Fail(url, url, status, FetchFaultKind.ClientError, $"HTTP {status}"));

        var declared = response.Content.Headers.ContentLength;
        if (declared > _options.MaxResponseBytes)
            return new Attempt(Fail(url, url, status, FetchFaultKind.TooLarge, $"body of {declared} bytes exceeds the {_options.MaxResponseBytes}-byte cap"));
        byte[]? body;
        try
        {
            body = await ReadCappedAsync(response, token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // Headers arrived but the connection broke during the body: the page is truncated, whatever the socket says.
            return new Attempt(Fail(url, url, status, FetchFaultKind.Truncated, "connection closed before the body was complete"));
        }
        if (body is null)
            return new Attempt(Fail(url, url, status, FetchFaultKind.TooLarge, $"body exceeds the {_options.MaxResponseBytes}-byte cap; download aborted"));
        if (declared is { } length && body.Length < length)
            return new Attempt(Fail(url, url, status, FetchFaultKind.Truncated, $"got {body.Length} of {length} bytes"));

        Statistics.Success(body.Length);
        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        System.Text.Encoding? encoding = null;
        if (CharsetDetector.IsText(mediaType))
        {
            encoding = CharsetDetector.Detect(body, response.Content.Headers.ContentType?.CharSet, out var mismatch);
            if (mismatch) Statistics.Fault(FetchFaultKind.CharsetMismatch);
        }
        return new Attempt(Result(url, response, FetchOutcome.Ok, body, encoding));
    }

    private async Task<byte[]?> ReadCappedAsync(HttpResponseMessage response, CancellationToken token)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes)
            {
                Statistics.Received(buffer.Length + read);
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private FetchResult Result(Uri url, HttpResponseMessage response, FetchOutcome outcome, byte[] body, System.Text.Encoding? encoding) => new(
        url, url, outcome, (int)response.StatusCode, body,
        response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant(), encoding,
        response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, _time.GetUtcNow());

    private FetchResult Fail(Uri requested, Uri final, int status, FetchFaultKind kind, string error)
    {
        Statistics.Fault(kind);
        return new FetchResult(requested, final, FetchOutcome.Failed, status, [], null, null, null, null, _time.GetUtcNow(), kind, error);
    }

    private sealed record Attempt(FetchResult? Result, Uri? Redirect = null, int Status = 0, TimeSpan? RetryAfter = null);
}
