using System.Net;
using System.Text;

namespace LegalReview.Search.Tests.Elasticsearch;

/// <summary>Records requests and answers them from canned responses keyed by "METHOD path" (query string excluded).</summary>
public sealed class FakeElasticsearchHandler : HttpMessageHandler
{
    private readonly Dictionary<string, Queue<(HttpStatusCode Status, string Body)>> _responses = [];

    public List<(HttpMethod Method, string PathAndQuery, string? Body, string? MediaType)> Requests { get; } = [];

    public FakeElasticsearchHandler Respond(string methodAndPath, HttpStatusCode status, string body = "{}")
    {
        if (!_responses.TryGetValue(methodAndPath, out var queue))
        {
            _responses[methodAndPath] = queue = new();
        }

        queue.Enqueue((status, body));
        return this;
    }

    /// <summary>Both indices exist already.</summary>
    public FakeElasticsearchHandler WithExistingIndices() =>
        Respond("HEAD /legal-documents", HttpStatusCode.OK).Respond("HEAD /legal-provisions", HttpStatusCode.OK);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!.PathAndQuery, body, request.Content?.Headers.ContentType?.MediaType));
        var key = $"{request.Method} {request.RequestUri.AbsolutePath}";
        if (!_responses.TryGetValue(key, out var queue) || queue.Count == 0)
        {
            return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("no canned response for " + key), RequestMessage = request };
        }

        var (status, text) = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
