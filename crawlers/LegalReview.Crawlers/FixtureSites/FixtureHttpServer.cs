using System.Net;
using System.Net.Sockets;

namespace LegalReview.Crawlers.FixtureSites;

/// <summary>
/// Serves a fixture site on 127.0.0.1 with the BCL HttpListener (no ASP.NET in this library), for benchmarks and the
/// CLI. Tests use Kestrel instead. Supports delays, truncated and chunked bodies.
/// </summary>
public sealed class FixtureHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, string?, FixtureResponse> _handle;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="handle">(path and query, If-None-Match) → response, e.g. <see cref="VbplFixtureSite.Handle"/>.</param>
    public FixtureHttpServer(Func<string, string?, FixtureResponse> handle)
    {
        _handle = handle;
        // HttpListener cannot bind port 0: take a free port from the OS first.
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync().ConfigureAwait(false); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var answer = _handle(context.Request.RawUrl ?? "/", context.Request.Headers["If-None-Match"]);
            if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay, _stop.Token).ConfigureAwait(false);
            response.StatusCode = answer.Status;
            if (answer.ContentType is not null) response.ContentType = answer.ContentType;
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>()) response.Headers[name] = value;
            if (answer.OmitContentLength) response.SendChunked = true;
            else response.ContentLength64 = answer.Body.Length;
            var length = answer.TruncateAt ?? answer.Body.Length;
            await response.OutputStream.WriteAsync(answer.Body.AsMemory(0, length), _stop.Token).ConfigureAwait(false);
            if (answer.TruncateAt is not null)
            {
                await response.OutputStream.FlushAsync(_stop.Token).ConfigureAwait(false);
                // Let the client read what was sent: an immediate reset would discard it in TCP.
                await Task.Delay(200, _stop.Token).ConfigureAwait(false);
                response.Abort();
                return;
            }
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            response.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Close();
        try { await _loop.ConfigureAwait(false); } catch (ObjectDisposedException) { }
        _stop.Dispose();
    }
}
