namespace LegalReview.Crawlers.Http;

/// <summary>Why a fetch attempt failed. Transient kinds are retried; the others fail the fetch at once.</summary>
public enum FetchFaultKind
{
    /// <summary>No answer within <see cref="FetcherOptions.Timeout"/> (transient).</summary>
    Timeout,
    /// <summary>HTTP 5xx (transient).</summary>
    ServerError,
    /// <summary>HTTP 429 (transient; Retry-After honoured).</summary>
    TooManyRequests,
    /// <summary>The connection closed before the declared body was read (transient).</summary>
    Truncated,
    /// <summary>Connection refused, reset, DNS … (transient).</summary>
    Network,
    /// <summary>Body larger than <see cref="FetcherOptions.MaxResponseBytes"/>; the download was aborted.</summary>
    TooLarge,
    /// <summary>A redirect pointed back to a URL already visited in the same fetch.</summary>
    RedirectLoop,
    /// <summary>More than <see cref="FetcherOptions.MaxRedirects"/> redirects.</summary>
    TooManyRedirects,
    /// <summary>A redirect without a usable Location header.</summary>
    BadRedirect,
    /// <summary>HTTP 4xx other than 429 (e.g. 404, 403).</summary>
    ClientError,
    /// <summary>robots.txt forbids the URL for our User-Agent.</summary>
    RobotsDisallowed,
    /// <summary>The declared charset did not match the bytes; the text was decoded with the detected one (not a failure).</summary>
    CharsetMismatch,
}
