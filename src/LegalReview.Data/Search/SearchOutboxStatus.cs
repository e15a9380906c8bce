namespace LegalReview.Data.Search;

/// <summary>A pending outbox entry as <c>verify</c> reports it.</summary>
public sealed record SearchOutboxStatus(long Id, long DocumentId, string Reason, int Attempts, string? LastError)
{
    /// <summary>True when the drainer gave up (<see cref="SearchOutboxDrainer.MaxAttempts"/> failures).</summary>
    public bool IsPoisoned => Attempts >= SearchOutboxDrainer.MaxAttempts;
}
