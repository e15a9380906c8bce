using LegalReview.Web.Importing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests;

/// <summary>The web app on a temporary data folder (SQLite) with a known administrator password.</summary>
public class LegalReviewWebFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-Passw0rd!";

    public string DataFolder { get; } =
        Path.Combine(Path.GetTempPath(), "legalreview-webtests", Guid.NewGuid().ToString("N"));

    /// <summary>Whether the first-start sample import job is queued.</summary>
    protected virtual bool ImportSamplesOnStart => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Data:Folder", DataFolder);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Samples:Folder", RepoPaths.Samples);
        builder.UseSetting("Samples:ImportOnFirstStart", ImportSamplesOnStart ? "true" : "false");
        // Every test client logs in from the same address; the per-address login throttle has its own test.
        builder.UseSetting("Accounts:LoginThrottle:PermitLimit", "10000");
    }

    public SampleImportTracker ImportTracker => Services.GetRequiredService<SampleImportTracker>();

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
