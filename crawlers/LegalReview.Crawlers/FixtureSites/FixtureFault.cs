namespace LegalReview.Crawlers.FixtureSites;

/// <summary>Faults a fixture site injects on a document's main page.</summary>
public enum FixtureFault
{
    None,
    /// <summary>First request answers after <see cref="VbplFixtureSite.SlowDelay"/>; later ones are fine.</summary>
    TimeoutOnce,
    /// <summary>First request answers 500.</summary>
    ServerErrorOnce,
    /// <summary>First request answers 429 with Retry-After: 1.</summary>
    TooManyRequestsOnce,
    /// <summary>First request sends half the declared body and drops the connection.</summary>
    TruncatedOnce,
    /// <summary>Always redirects to a URL that redirects back.</summary>
    RedirectLoop,
    /// <summary>UTF-8 bytes declared as ISO-8859-1.</summary>
    WrongCharset,
    /// <summary>A body far larger than any sane page, sent chunked.</summary>
    Oversized,
    /// <summary>The properties page uses a markup the parser does not know.</summary>
    ChangedLayout,
    /// <summary>The document sits under a path robots.txt disallows.</summary>
    RobotsDisallowed,
}
