using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers;

/// <summary>The outcome of processing one frontier entry (see <see cref="FrontierCrawler"/>).</summary>
/// <param name="Document">A new or changed document to yield; null for listings and unchanged documents.</param>
/// <param name="IsNew">The document had never been seen (else it changed).</param>
/// <param name="Links">Entries to add to the frontier.</param>
/// <param name="UrlStates">Validators and hashes to save for the URLs fetched.</param>
/// <param name="Fetched">Requests that returned content (200 or 304).</param>
/// <param name="Unchanged">The document was unchanged (304 or same hash).</param>
/// <param name="Fault">Set when the entry is given up on.</param>
public sealed record CrawlStep(
    CrawledDocument? Document,
    bool IsNew,
    IReadOnlyList<FrontierEntry> Links,
    IReadOnlyList<UrlState> UrlStates,
    int Fetched,
    bool Unchanged,
    CrawlFault? Fault)
{
    public static CrawlStep Listing(IReadOnlyList<FrontierEntry> links, int fetched) => new(null, false, links, [], fetched, false, null);

    public static CrawlStep Yield(CrawledDocument document, bool isNew, IReadOnlyList<UrlState> states, int fetched) =>
        new(document, isNew, [], states, fetched, false, null);

    public static CrawlStep Same(IReadOnlyList<UrlState> states, int fetched) => new(null, false, [], states, fetched, true, null);

    public static CrawlStep Failed(Uri url, string kind, string message, DateTimeOffset at, int fetched = 0) =>
        new(null, false, [], [], fetched, false, new CrawlFault(url, kind, message, at));
}
