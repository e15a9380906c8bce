using System.Net;

namespace LegalReview.Crawlers.Tests.Http;

/// <summary>An in-memory HTTP handler answering from a function, recording the requests it saw.</summary>
public sealed class StubHandler(Func<HttpRequestMessage, int, HttpResponseMessage> answer) : HttpMessageHandler
{
    private readonly Dictionary<string, int> _attempts = [];

    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(request);
            var key = request.RequestUri!.AbsoluteUri;
            _attempts[key] = _attempts.GetValueOrDefault(key) + 1;
            return Task.FromResult(answer(request, _attempts[key]));
        }
    }

    public static HttpResponseMessage Html(string html, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(html, System.Text.Encoding.UTF8, "text/html") };

    public static HttpResponseMessage Robots(string text) =>
        new(HttpStatusCode.OK) { Content = new StringContent(text, System.Text.Encoding.UTF8, "text/plain") };
}
