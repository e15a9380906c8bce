using LegalReview.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Journeys;

/// <summary>
/// Journey 3: compare two versions of the Health Insurance Law 25/2008/QH12 — the original against the automatic
/// consolidation with Law 46/2014/QH13 — first inline, then side by side.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class CompareJourney(BrowserApp app)
{
    [Fact]
    public async Task Compare_HealthInsuranceOriginalAgainstConsolidated_ShowsChangesInlineAndSideBySide()
    {
        await using var journey = await app.NewPageAsync("compare");
        var page = journey.Page;
        await journey.LoginAsync();

        await journey.GotoAsync("/compare");
        var oldSelect = page.GetByLabel("Bản cũ");
        var newSelect = page.GetByLabel("Bản mới");
        var original = await OptionValueAsync(oldSelect, "25/2008/QH12", "phiên bản 1");
        var consolidated = await OptionValueAsync(newSelect, "25/2008/QH12", "hợp nhất đến");
        await oldSelect.SelectOptionAsync(original);
        await newSelect.SelectOptionAsync(consolidated);
        await journey.ScreenshotAsync("versions chosen");

        await page.GetByRole(AriaRole.Button, new() { Name = "So sánh", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tóm tắt" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".diff-inline ins").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".diff-inline del").First).ToBeVisibleAsync();
        await journey.ScreenshotAsync("inline changes");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem song song" }).ClickAsync();
        await Assertions.Expect(page.Locator(".diff-side .diff-old").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".diff-side .diff-new").First).ToBeVisibleAsync();
        await journey.ScreenshotAsync("side by side");
        journey.ShouldHaveNoBrowserErrors();
    }

    /// <summary>The value of the option whose label contains both fragments (labels come from the database).</summary>
    private static async Task<string> OptionValueAsync(ILocator select, string number, string kind)
    {
        var options = await select.Locator("option").AllAsync();
        foreach (var option in options)
        {
            var label = await option.InnerTextAsync();
            if (label.Contains(number, StringComparison.Ordinal) && label.Contains(kind, StringComparison.Ordinal))
            {
                return await option.GetAttributeAsync("value") ?? "";
            }
        }

        throw new InvalidOperationException($"No compare choice for {number} / {kind}");
    }
}
