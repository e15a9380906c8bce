using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers;

/// <summary>
/// A source of legal documents (a website, a gazette, a watched folder). Crawlers only fetch and parse: they never
/// touch the database. All crawl progress lives in the <see cref="ICrawlStateStore"/> passed in, so a crawl that was
/// killed resumes where it stopped when called again with the same store.
/// </summary>
public interface ICrawler
{
    /// <summary>Stable id of the source (e.g. <c>vbpl</c>, <c>congbao</c>, <c>localfolder</c>); used in job ids and state keys.</summary>
    string SourceId { get; }

    /// <summary>
    /// Crawls the source and yields every new or changed document once. Unchanged documents (HTTP 304 or same
    /// SHA-256 as last time) are counted and skipped. Faults (network, size, layout) are recorded in the store and in
    /// the progress; they never end the crawl, except cancellation.
    /// </summary>
    /// <remarks>
    /// Delivery is at-least-once: a document is marked done in the store only after the consumer asks for the next
    /// one, so the consumer must store a document before moving on, and should skip a known (URL, SHA-256) pair.
    /// </remarks>
    IAsyncEnumerable<CrawledDocument> CrawlAsync(
        CrawlRequest request,
        ICrawlStateStore state,
        IProgress<CrawlProgress>? progress,
        CancellationToken cancellationToken);
}
