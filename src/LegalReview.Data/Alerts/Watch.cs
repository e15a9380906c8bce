namespace LegalReview.Data.Alerts;

/// <summary>
/// A user's standing interest (theo dõi): a document, a provision, a saved search or a document's neighbours.
/// Matched against every <see cref="Crawling.ChangeEvent"/> by <see cref="AlertMatcher"/>.
/// </summary>
public class Watch
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public WatchKind Kind { get; set; }

    /// <summary>Short Vietnamese label shown in the inbox and the feeds ("Luật 25/2008/QH12", "Tìm: bảo hiểm y tế").</summary>
    public string Name { get; set; } = "";

    /// <summary>The watched document (Document, Provision, Neighbours).</summary>
    public long? DocumentId { get; set; }

    /// <summary>Stable id of the watched provision ("chuong-2/dieu-12").</summary>
    public string? ProvisionId { get; set; }

    /// <summary>Query text of a saved search, as typed on /search.</summary>
    public string? Query { get; set; }

    // Saved-search filters, the same ones /search offers.
    public string? FilterType { get; set; }
    public string? FilterIssuer { get; set; }
    public string? FilterValidity { get; set; }
    public string? FilterTopic { get; set; }
    public int? FilterYear { get; set; }

    public AlertFrequency Frequency { get; set; }

    /// <summary>Secret of this watch's own Atom feed (saved searches); random, URL-safe.</summary>
    public string FeedToken { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
