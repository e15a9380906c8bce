using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Documents;

/// <summary>
/// Rendered document bodies, least recently used first out, bounded by <c>Documents:BodyCacheMegabytes</c>. A body
/// is a pure function of its <see cref="DocumentBodyKey"/> and never holds per-user content, so sharing it between
/// users is safe; a new version or changed notes make a new key, and the old entry simply ages out. Concurrent misses
/// of one key render once (the Labour Code body costs tens of milliseconds; fifty users opening it together should
/// not render it fifty times).
/// </summary>
public sealed class DocumentBodyCache
{
    private readonly long _capacity;
    private readonly Lock _lock = new();
    private readonly Dictionary<DocumentBodyKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();
    private readonly ConcurrentDictionary<DocumentBodyKey, Task<DocumentBody>> _rendering = new();
    private long _size;

    public DocumentBodyCache(IOptions<DocumentBodyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _capacity = options.Value.BodyCacheMegabytes * 1024L * 1024L;
    }

    /// <summary>Bytes held now.</summary>
    public long Size
    {
        get
        {
            lock (_lock)
            {
                return _size;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(DocumentBodyKey key, out DocumentBody body)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                body = node.Value.Body;
                return true;
            }
        }

        body = null!;
        return false;
    }

    /// <summary>The cached body of <paramref name="key"/>, or the one <paramref name="render"/> makes (then cached).</summary>
    public async Task<DocumentBody> GetOrRenderAsync(DocumentBodyKey key, Func<CancellationToken, Task<DocumentBody>> render, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (TryGet(key, out var cached))
        {
            return cached;
        }

        if (_capacity == 0)
        {
            return await render(ct);
        }

        var mine = new TaskCompletionSource<DocumentBody>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _rendering.GetOrAdd(key, mine.Task);
        if (running != mine.Task)
        {
            try
            {
                return await running.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // The other request failed or was cancelled (its client left); this one renders for itself.
                return await render(ct);
            }
        }

        try
        {
            var body = await render(ct);
            Add(key, body);
            mine.SetResult(body);
            return body;
        }
        catch (Exception ex)
        {
            mine.SetException(ex);
            _ = mine.Task.Exception; // observed here; waiters render for themselves
            throw;
        }
        finally
        {
            _rendering.TryRemove(new KeyValuePair<DocumentBodyKey, Task<DocumentBody>>(key, mine.Task));
        }
    }

    private void Add(DocumentBodyKey key, DocumentBody body)
    {
        if (body.Size > _capacity)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            while (_size + body.Size > _capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _size -= oldest.Value.Body.Size;
            }

            _entries[key] = _recency.AddFirst(new Entry(key, body));
            _size += body.Size;
        }
    }

    private sealed record Entry(DocumentBodyKey Key, DocumentBody Body);
}
