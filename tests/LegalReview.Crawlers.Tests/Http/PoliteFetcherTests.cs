using System.Net;
using System.Net.Http.Headers;
using LegalReview.Crawlers.Http;
using Microsoft.Extensions.Time.Testing;

namespace LegalReview.Crawlers.Tests.Http;

public sealed class PoliteFetcherTests
{
    private static readonly Uri Page = new("https://example.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private PoliteFetcher Fetcher(StubHandler handler, Action<FetcherOptions>? configure = null)
    {
        var options = new FetcherOptions { RespectRobotsTxt = false, RequestsPerSecondPerHost = 0, BaseBackoff = TimeSpan.Zero };
        configure?.Invoke(options);
        return new PoliteFetcher(new HttpClient(handler), options, _time);
    }

    [Fact]
    public async Task FetchAsync_AnyRequest_SendsIdentifyingUserAgent()
    {
        var handler = new StubHandler((_, _) => StubHandler.Html("<p>x</p>"));
        await Fetcher(handler).FetchAsync(Page, null, default);
        handler.Requests.Single().Headers.UserAgent.ToString().ShouldStartWith("LegalReviewBot/1.0 (+");
    }

    [Fact]
    public async Task FetchAsync_MatchingETag_ReturnsNotModified()
    {
        var handler = new StubHandler((request, _) => request.Headers.IfNoneMatch.ToString() == "\"abc\""
            ? new HttpResponseMessage(HttpStatusCode.NotModified)
            : StubHandler.Html("<p>x</p>"));
        var fetcher = Fetcher(handler);

        var result = await fetcher.FetchAsync(Page, new ConditionalRequest("\"abc\"", new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero)), default);

        result.Outcome.ShouldBe(FetchOutcome.NotModified);
        handler.Requests.Single().Headers.IfModifiedSince.ShouldBe(new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero));
        fetcher.Statistics.NotModified304.ShouldBe(1);
    }

    [Fact]
    public async Task FetchAsync_TwoRequestsSameHost_SecondWaitsForRateLimit()
    {
        var handler = new StubHandler((_, _) => StubHandler.Html("<p>x</p>"));
        var fetcher = Fetcher(handler, o => o.RequestsPerSecondPerHost = 1);
        await fetcher.FetchAsync(Page, null, default);

        var second = fetcher.FetchAsync(new Uri(Page, "?ItemID=2"), null, default);
        await Task.Delay(50);
        second.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(1));
        (await second).IsOk.ShouldBeTrue();
        handler.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task FetchAsync_TooManyRequestsWithLongRetryAfter_WaitsOnlyTheCapThenSucceeds()
    {
        var handler = new StubHandler((_, attempt) =>
        {
            if (attempt > 1) return StubHandler.Html("<p>ok</p>");
            var busy = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            busy.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1));
            return busy;
        });
        var fetcher = Fetcher(handler, o => o.MaxRetryWait = TimeSpan.FromSeconds(5));

        var pending = fetcher.FetchAsync(Page, null, default);
        await Task.Delay(50);
        pending.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(5));
        var result = await pending;

        result.IsOk.ShouldBeTrue();
        fetcher.Statistics.Retries.ShouldBe(1);
        fetcher.Statistics.FaultCount(FetchFaultKind.TooManyRequests).ShouldBe(1);
    }

    [Fact]
    public async Task FetchAsync_ServerErrorEveryTime_FailsAfterMaxRetries()
    {
        var handler = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway));
        var fetcher = Fetcher(handler, o => o.MaxRetries = 2);

        var result = await fetcher.FetchAsync(Page, null, default);

        result.Outcome.ShouldBe(FetchOutcome.Failed);
        result.Fault.ShouldBe(FetchFaultKind.ServerError);
        handler.Requests.Count.ShouldBe(3);
        fetcher.Statistics.Retries.ShouldBe(2);
    }

    [Fact]
    public async Task FetchAsync_NotFound_FailsWithoutRetry()
    {
        var handler = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.NotFound));
        var result = await Fetcher(handler).FetchAsync(Page, null, default);
        result.Fault.ShouldBe(FetchFaultKind.ClientError);
        result.StatusCode.ShouldBe(404);
        handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task FetchAsync_DeclaredLengthOverCap_AbortsAsTooLarge()
    {
        var handler = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[5000]) });
        var result = await Fetcher(handler, o => o.MaxResponseBytes = 1000).FetchAsync(Page, null, default);
        result.Fault.ShouldBe(FetchFaultKind.TooLarge);
        result.Body.ShouldBeEmpty();
    }

    [Fact]
    public async Task FetchAsync_RedirectBackToStart_FailsAsRedirectLoop()
    {
        var other = new Uri("https://example.vn/elsewhere");
        var handler = new StubHandler((request, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = request.RequestUri == Page ? other : Page;
            return response;
        });
        var result = await Fetcher(handler).FetchAsync(Page, null, default);
        result.Fault.ShouldBe(FetchFaultKind.RedirectLoop);
        handler.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task FetchAsync_RedirectChainLongerThanMax_FailsAsTooManyRedirects()
    {
        var hops = 0;
        var handler = new StubHandler((request, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.MovedPermanently);
            response.Headers.Location = new Uri(request.RequestUri!, $"/hop{++hops}");
            return response;
        });
        var result = await Fetcher(handler, o => o.MaxRedirects = 3).FetchAsync(Page, null, default);
        result.Fault.ShouldBe(FetchFaultKind.TooManyRedirects);
    }

    [Fact]
    public async Task FetchAsync_RedirectToNewPlace_ReturnsFinalUrl()
    {
        var target = new Uri("https://example.vn/new");
        var handler = new StubHandler((request, _) =>
        {
            if (request.RequestUri == target) return StubHandler.Html("<p>moved</p>");
            var response = new HttpResponseMessage(HttpStatusCode.MovedPermanently);
            response.Headers.Location = new Uri("/new", UriKind.Relative);
            return response;
        });
        var result = await Fetcher(handler).FetchAsync(Page, null, default);
        result.IsOk.ShouldBeTrue();
        result.RequestedUrl.ShouldBe(Page);
        result.FinalUrl.ShouldBe(target);
    }

    [Fact]
    public async Task FetchAsync_RobotsDisallowsOurAgent_RefusesAndFetchesRobotsOnce()
    {
        var handler = new StubHandler((request, _) => request.RequestUri!.AbsolutePath == "/robots.txt"
            ? StubHandler.Robots("User-agent: *\nDisallow:\n\nUser-agent: LegalReviewBot\nDisallow: /TW/\n")
            : StubHandler.Html("<p>x</p>"));
        var fetcher = Fetcher(handler, o => o.RespectRobotsTxt = true);

        var blocked = await fetcher.FetchAsync(Page, null, default);
        var allowed = await fetcher.FetchAsync(new Uri("https://example.vn/langson/Pages/x.aspx"), null, default);

        blocked.Fault.ShouldBe(FetchFaultKind.RobotsDisallowed);
        allowed.IsOk.ShouldBeTrue();
        handler.Requests.Count(r => r.RequestUri!.AbsolutePath == "/robots.txt").ShouldBe(1);
        handler.Requests.ShouldNotContain(r => r.RequestUri == Page);
    }

    [Fact]
    public async Task FetchAsync_CancelledByCaller_Throws()
    {
        var handler = new StubHandler((_, _) => StubHandler.Html("<p>x</p>"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => Fetcher(handler).FetchAsync(Page, null, cancelled.Token));
    }
}
