using LegalReview.Web.Importing;

namespace LegalReview.Web.Tests.Reviewing;

/// <summary>
/// The app with the sample corpus imported (laws and amendments), as on a real first start.
/// </summary>
public sealed class ReviewWebFactory : LegalReviewWebFactory, IAsyncLifetime
{
    protected override bool ImportSamplesOnStart => true;

    public async Task InitializeAsync()
    {
        _ = Server;
        // A generous bound only so a broken import fails the suite instead of hanging it; not a speed assertion.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (ImportTracker.Current.Phase is not (SampleImportPhase.Completed or SampleImportPhase.Failed))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Sample import job did not finish: " + ImportTracker.Current);
            }

            await Task.Delay(200);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
