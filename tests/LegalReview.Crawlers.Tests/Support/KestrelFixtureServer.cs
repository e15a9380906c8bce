using System.Net;
using LegalReview.Crawlers.FixtureSites;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LegalReview.Crawlers.Tests.Support;

/// <summary>A real HTTP server (Kestrel on 127.0.0.1, port chosen by the OS) answering with a fixture site.</summary>
public sealed class KestrelFixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelFixtureServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<KestrelFixtureServer> StartAsync(Func<string, string?, FixtureResponse> handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, handle));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelFixtureServer(app, new Uri(address.Replace("[::]", "127.0.0.1") + "/"));
    }

    private static async Task ServeAsync(HttpContext context, Func<string, string?, FixtureResponse> handle)
    {
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var answer = handle(target, context.Request.Headers.IfNoneMatch.FirstOrDefault());
        try
        {
            if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return; // the client gave up (timeout): nothing to send
        }
        context.Response.StatusCode = answer.Status;
        if (answer.ContentType is not null) context.Response.ContentType = answer.ContentType;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (!answer.OmitContentLength) context.Response.ContentLength = answer.Body.Length;
        if (answer.TruncateAt is { } cut)
        {
            await context.Response.Body.WriteAsync(answer.Body.AsMemory(0, cut));
            await context.Response.Body.FlushAsync();
            // Let the client read the headers and the partial body first: an immediate reset would discard them in TCP.
            await Task.Delay(200);
            context.Abort();
            return;
        }
        try
        {
            await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client aborted (size cap): fine.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
