using System.Text;
using LegalReview.Browser.Tests.Infrastructure;
using LegalReview.Data;
using LegalReview.Data.Alerts;
using LegalReview.Data.Importing;
using LegalReview.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Journeys;

/// <summary>
/// Journey 6: a reviewer clicks «Theo dõi văn bản» on the Trade Union Law 12/2012/QH13; a changed version of that law
/// is then imported (as the crawler or an upload would) and the alert matcher runs; the unread count appears in the
/// navigation and the inbox shows the notification with the change.
/// </summary>
/// <remarks>
/// The Health Insurance Law and its amending law are both imported with the sample corpus at start, so the changed
/// version is made here from the Trade Union Law's sample text, as the import tests do.
/// </remarks>
[Collection(JourneyCollection.Name)]
public sealed class WatchAlertJourney(BrowserApp app)
{
    private const string TradeUnionLaw = "12/2012/QH13";
    private const string SampleFile = "luat-cong-doan-2012_12-2012-QH13.txt";

    [Fact]
    public async Task WatchAlert_TradeUnionLawChangedVersionImported_ShowsUnreadNotificationInInbox()
    {
        await using var journey = await app.NewPageAsync("watch-alert");
        var page = journey.Page;
        await journey.LoginAsync();

        await journey.GotoAsync("/documents");
        await page.GetByRole(AriaRole.Link, new() { Name = TradeUnionLaw, Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Công đoàn");
        var watchButton = page.GetByRole(AriaRole.Button, new() { Name = "Theo dõi văn bản", Exact = true });
        await Assertions.Expect(watchButton).ToBeVisibleAsync();
        await journey.ScreenshotAsync("document with watch button");

        await journey.ClickAndWaitForNextPageAsync(watchButton);
        page.Url.ShouldContain("/documents/");
        // Navigation links are checked, then followed by address: waiting for a click's "load" event timed out once
        // on a loaded CI machine although the page had arrived.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thông báo" }).First).ToHaveAttributeAsync("href", "/inbox");
        await journey.GotoAsync("/inbox");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mục theo dõi" })).ToHaveAttributeAsync("href", "/watches");
        await journey.GotoAsync("/watches");
        await Assertions.Expect(page.GetByText("Đã theo dõi", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasText = TradeUnionLaw })).ToHaveCountAsync(1);
        await journey.ScreenshotAsync("watch listed");

        var documentId = await ImportChangedVersionAsync();
        await RunAlertMatcherAsync(documentId);

        await journey.GotoAsync("/documents");
        var badge = page.Locator(".alerts-nav .alerts-badge");
        await Assertions.Expect(badge).ToBeVisibleAsync();
        int.Parse(await badge.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        await journey.ScreenshotAsync("unread count in navigation");

        await Assertions.Expect(page.Locator(".alerts-nav")).ToHaveAttributeAsync("href", "/inbox");
        await journey.GotoAsync("/inbox");
        var notification = page.Locator("article.alerts-item.alerts-unread", new() { HasText = TradeUnionLaw }).First;
        await Assertions.Expect(notification).ToBeVisibleAsync();
        await Assertions.Expect(notification.Locator(".alerts-title a")).ToHaveAttributeAsync(
            "href", new System.Text.RegularExpressions.Regex($"^/documents/{documentId}"));
        await Assertions.Expect(notification.Locator(".alerts-snippet")).ToContainTextAsync("sửa đổi thử");
        await journey.ScreenshotAsync("notification in inbox");
        journey.ShouldHaveNoBrowserErrors();
    }

    /// <summary>Imports the sample text with one phrase changed, then lets the app's own post-import jobs run.</summary>
    private async Task<long> ImportChangedVersionAsync()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Samples, "laws", SampleFile), Encoding.UTF8);
        var changed = text.Replace("Công đoàn Việt Nam", "Công đoàn Việt Nam (sửa đổi thử)", StringComparison.Ordinal);
        changed.ShouldNotBe(text);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
            var result = await importer.ImportAsync(
                "luat-cong-doan-2012.txt", Encoding.UTF8.GetBytes(changed), "journey/changed", CancellationToken.None);
            result.Status.ShouldBe(ImportStatus.NewVersion, result.RejectedReason);
            scope.ServiceProvider.GetRequiredService<SearchSyncTrigger>().Enqueue("browser journey import");
            await app.WaitForSearchIndexAsync();
            return result.DocumentId!.Value;
        }
    }

    /// <summary>Runs the matcher as the poller's job does; a concurrent poller run may have written the notification first.</summary>
    private async Task RunAlertMatcherAsync(long documentId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AlertMatcher>().RunAsync(CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            if (await db.AlertNotifications.AnyAsync(n => n.DocumentId == documentId))
            {
                return;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "No notification for the watched document after the matcher ran.");
            await Task.Delay(500);
        }
    }
}
