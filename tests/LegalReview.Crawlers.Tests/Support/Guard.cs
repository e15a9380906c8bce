namespace LegalReview.Crawlers.Tests.Support;

/// <summary>A token that cancels a hung test after a generous limit, so it fails instead of blocking the suite.</summary>
public static class Guard
{
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
}
