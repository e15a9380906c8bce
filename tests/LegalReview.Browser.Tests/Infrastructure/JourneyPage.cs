using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Infrastructure;

/// <summary>
/// One browser tab driven by a journey, with the steps a person takes (log in, open a page) and a numbered
/// screenshot per step. Screenshots always go to the artifacts folder (LEGALREVIEW_ARTIFACTS, default
/// &lt;test output&gt;/artifacts/screenshots/&lt;journey&gt;/); with LEGALREVIEW_UPDATE_SCREENSHOTS=1 they are also copied
/// to docs/screenshots/journey-&lt;journey&gt;-&lt;nn&gt;-&lt;step&gt;.png for the user guide.
/// Browser console errors and uncaught page errors (CSP violations among them) are collected so that
/// <see cref="ShouldHaveNoBrowserErrors"/> can fail a journey on them.
/// </summary>
public sealed partial class JourneyPage : IAsyncDisposable
{
    private readonly List<string> browserErrors = [];
    private int step;

    internal JourneyPage(string journey, IBrowserContext context, IPage page)
    {
        Journey = Slug(journey);
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // The browser asks for /favicon.ico on its own; the app ships none, and that is not a page error.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                browserErrors.Add($"console: {message.Text} at {message.Location} (page {page.Url})");
            }
        };
        page.PageError += (_, error) => browserErrors.Add($"page error: {error} ({page.Url})");
    }

    public string Journey { get; }

    /// <summary>The Playwright page, for anything the helpers do not cover.</summary>
    public IPage Page { get; }

    public IBrowserContext Context { get; }

    public IReadOnlyList<string> BrowserErrors => browserErrors;

    public static string ArtifactsFolder =>
        Environment.GetEnvironmentVariable("LEGALREVIEW_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "artifacts");

    private static bool UpdateGuideScreenshots =>
        Environment.GetEnvironmentVariable("LEGALREVIEW_UPDATE_SCREENSHOTS") == "1";

    /// <summary>Logs in through the real login form and waits until the app has left the login page.</summary>
    public async Task LoginAsync(
        string userName = JourneyWebFactory.AdminUserName, string password = JourneyWebFactory.AdminPassword)
    {
        await GotoAsync("/Account/Login");
        await Page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Opens an app path (e.g. "/search?q=...") and fails on an HTTP error status.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException("No response for " + path);
        response.Status.ShouldBeLessThan(400, $"GET {path} answered {response.Status}");
        return response;
    }

    /// <summary>
    /// Clicks <paramref name="target"/> (a submit button, a link) and waits until the next page has loaded. Needed after a
    /// POST that redirects back to the same address (WaitForURL would match the old page at once, and the next click
    /// would be lost in the navigation): the old page is marked and the wait ends when a page without the mark is ready.
    /// </summary>
    public async Task ClickAndWaitForNextPageAsync(ILocator target)
    {
        await Page.EvaluateAsync("() => { window.journeyPreviousPage = true; }");
        await target.ClickAsync();
        await Page.WaitForFunctionAsync("() => window.journeyPreviousPage === undefined && document.readyState === 'complete'");
    }

    /// <summary>Saves a full-page screenshot for the next numbered step and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string stepName)
    {
        step++;
        var fileName = $"{step:00}-{Slug(stepName)}.png";
        var folder = Path.Combine(ArtifactsFolder, "screenshots", Journey);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        if (UpdateGuideScreenshots)
        {
            Directory.CreateDirectory(RepoPaths.DocsScreenshots);
            File.Copy(path, Path.Combine(RepoPaths.DocsScreenshots, $"journey-{Journey}-{fileName}"), overwrite: true);
        }

        return path;
    }

    /// <summary>Fails when the browser reported console errors or uncaught script errors (e.g. a CSP violation).</summary>
    public void ShouldHaveNoBrowserErrors() =>
        browserErrors.ShouldBeEmpty(string.Join(Environment.NewLine, browserErrors));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();

    private static string Slug(string text) => NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
