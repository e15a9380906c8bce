using LegalReview.Web.Importing;
using Microsoft.AspNetCore.Hosting;

namespace LegalReview.Web.Tests.Reviewing;

/// <summary>
/// The app with the sample corpus imported (laws and amendments), as on a real first start, and a login limit high
/// enough for tests that sign several users in.
/// </summary>
public sealed class ReviewWebFactory : LegalReviewWebFactory, IAsyncLifetime
{
    protected override bool ImportSamplesOnStart => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:LoginThrottle:PermitLimit", "1000");
    }

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
