using System.Text.RegularExpressions;
using LegalReview.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Journeys;

/// <summary>
/// Journey 2: a reviewer types the unaccented query "nguoi lao dong don phuong cham dut" and opens the Labour Code
/// article on a worker's unilateral termination (Điều 35, or Điều 36 for the employer's side).
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed partial class SearchJourney(BrowserApp app)
{
    [Fact]
    public async Task Search_UnaccentedTerminationQuery_OpensLabourCodeArticle35()
    {
        await using var journey = await app.NewPageAsync("search");
        var page = journey.Page;
        await journey.LoginAsync();

        await journey.GotoAsync("/search");
        await page.GetByLabel("Từ khóa, số hiệu hoặc từ viết tắt").FillAsync("nguoi lao dong don phuong cham dut");
        await journey.ScreenshotAsync("query typed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/search\\?q="));

        var firstHit = page.Locator("article.hit").First;
        await Assertions.Expect(firstHit).ToContainTextAsync("45/2019/QH14");
        // Hit labels are the article number ("35. Quyền đơn phương chấm dứt …"); the link targets its anchor.
        await Assertions.Expect(firstHit.Locator("h3")).ToContainTextAsync(new Regex(@"^\s*3[56]\. Quyền đơn phương chấm dứt"));
        await Assertions.Expect(firstHit.Locator("h3 a")).ToHaveAttributeAsync("href", ArticleUrl());
        await journey.ScreenshotAsync("results");

        await firstHit.Locator("h3 a").ClickAsync();
        await page.WaitForURLAsync(ArticleUrl());
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        var article = page.Locator($"[id='{Uri.UnescapeDataString(anchor)}']");
        await Assertions.Expect(article).ToBeVisibleAsync();
        await Assertions.Expect(article).ToContainTextAsync("đơn phương chấm dứt hợp đồng lao động");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bộ luật");
        await journey.ScreenshotAsync("article opened");
        journey.ShouldHaveNoBrowserErrors();
    }

    [GeneratedRegex(@"/documents/\d+.*#.*dieu-3[56]")]
    private static partial Regex ArticleUrl();
}
