namespace LegalReview.Crawlers.Http;

/// <summary>Validators from the last fetch, sent as If-None-Match / If-Modified-Since so an unchanged page answers 304.</summary>
public sealed record ConditionalRequest(string? ETag, DateTimeOffset? LastModified)
{
    public static ConditionalRequest? From(State.UrlState? state) =>
        state is null || (state.ETag is null && state.LastModified is null) ? null : new(state.ETag, state.LastModified);
}
