using LegalReview.Data.Search;
using LegalReview.Web.Importing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Infrastructure;

/// <summary>
/// Collection fixture shared by every journey: the app is started once (Kestrel, sample corpus imported, search
/// index in sync) and one headless Chromium is launched. Each journey opens its own <see cref="JourneyPage"/>
/// (a fresh browser context, so cookies never leak between journeys).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly JourneyWebFactory factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseUrl => factory.BaseUrl;

    /// <summary>The app's services, e.g. to read the database or enqueue a job from a journey.</summary>
    public IServiceProvider Services => factory.Services;

    public string DataFolder => factory.DataFolder;

    public async Task InitializeAsync()
    {
        var chromium = ChromiumLocator.Resolve();
        factory.StartServer();
        await WaitForSampleImportAsync();
        await WaitForSearchIndexAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumLocator.Args,
        });
    }

    /// <summary>Opens a new page in its own browser context; screenshots go under <paramref name="journey"/>.</summary>
    public async Task<JourneyPage> NewPageAsync(string journey)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        // Generous bounds only so a broken page fails the journey instead of hanging it; not speed assertions.
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new JourneyPage(journey, context, page);
    }

    /// <summary>Creates a user with one role (Roles.Admin/Lead/Reviewer) for journeys that need a non-admin.</summary>
    public async Task CreateUserAsync(string userName, string password, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new IdentityUser(userName);
        var created = await users.CreateAsync(user, password);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
    }

    /// <summary>Waits until the search index matches the database (after an import done inside a journey).</summary>
    public async Task WaitForSearchIndexAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                var report = await scope.ServiceProvider.GetRequiredService<SearchIndexing>().VerifyAsync();
                if (report.DocumentCount > 0 && report.IsInSync)
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The search index did not catch up with the database.");
            }

            await Task.Delay(200);
        }
    }

    private async Task WaitForSampleImportAsync()
    {
        var tracker = Services.GetRequiredService<SampleImportTracker>();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (tracker.Current.Phase is not (SampleImportPhase.Completed or SampleImportPhase.Failed))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Sample import job did not finish: " + tracker.Current);
            }

            await Task.Delay(200);
        }

        tracker.Current.Phase.ShouldBe(SampleImportPhase.Completed, tracker.Current.Error);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }
}
