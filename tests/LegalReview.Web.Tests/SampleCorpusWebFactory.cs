using LegalReview.Web.Importing;

namespace LegalReview.Web.Tests;

/// <summary>The app as on a real first start: the sample import job is queued; <see cref="InitializeAsync"/> waits for it.</summary>
public sealed class SampleCorpusWebFactory : LegalReviewWebFactory, IAsyncLifetime
{
    protected override bool ImportSamplesOnStart => true;

    public async Task InitializeAsync()
    {
        _ = Server; // starts the app, which queues the job
        // A generous bound only so a broken job fails the suite instead of hanging it; not a speed assertion.
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
