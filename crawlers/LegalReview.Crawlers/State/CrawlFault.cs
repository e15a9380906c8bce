namespace LegalReview.Crawlers.State;

/// <summary>A frontier item given up on in a run, with a one-line reason.</summary>
/// <param name="Url">The item's URL.</param>
/// <param name="Kind">Fault kind: a <see cref="Http.FetchFaultKind"/> name, <c>Layout</c>, <c>HttpStatus</c>, <c>RobotsDisallowed</c>, <c>Refused</c> …</param>
/// <param name="Message">Human-readable reason (English, for logs and the Sources page).</param>
/// <param name="At">When it was recorded.</param>
public sealed record CrawlFault(Uri Url, string Kind, string Message, DateTimeOffset At);
