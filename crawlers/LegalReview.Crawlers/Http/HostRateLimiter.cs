namespace LegalReview.Crawlers.Http;

/// <summary>Spaces requests to the same host at least 1/rate seconds apart (rate 0 = no limit).</summary>
internal sealed class HostRateLimiter(double requestsPerSecond, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public async Task WaitAsync(Uri url, CancellationToken cancellationToken)
    {
        if (requestsPerSecond <= 0) return;
        var interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var slot = _nextSlot.TryGetValue(url.Authority, out var next) && next > now ? next : now;
            _nextSlot[url.Authority] = slot + interval;
            wait = slot - now;
        }
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
    }
}
