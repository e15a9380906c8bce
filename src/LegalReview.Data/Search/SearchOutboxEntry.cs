namespace LegalReview.Data.Search;

/// <summary>
/// One pending change of the search index: "document <see cref="DocumentId"/> must be (re)indexed or removed".
/// Written in the same transaction as the data change (<see cref="SearchOutbox.Enqueue"/>), so the index learns of
/// every committed change and of none that was rolled back. <see cref="SearchOutboxDrainer"/> processes entries in
/// <see cref="Id"/> order and sets <see cref="ProcessedAt"/> only after the index committed (at-least-once).
/// </summary>
public class SearchOutboxEntry
{
    public long Id { get; set; }

    /// <summary>Document to reindex; no foreign key, because an entry for a deleted document removes it from the index.</summary>
    public long DocumentId { get; set; }

    /// <summary>Why it was queued (<see cref="SearchOutboxReason"/>), for logs and <c>verify</c>.</summary>
    public string Reason { get; set; } = "";

    public DateTimeOffset EnqueuedAt { get; set; }

    /// <summary>Set once the index committed the document; null while pending.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Failed indexing attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Message of the last failure (one line, truncated).</summary>
    public string? LastError { get; set; }

    /// <summary>Not retried before this time (backoff after a failure); null = now.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
}
