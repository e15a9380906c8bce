namespace LegalReview.Crawlers.Http;

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    /// <summary>2xx with a body.</summary>
    Ok,
    /// <summary>304: the validators we sent still match; nothing to download.</summary>
    NotModified,
    /// <summary>Gave up; see <see cref="FetchResult.Fault"/> and <see cref="FetchResult.Error"/>.</summary>
    Failed,
}
