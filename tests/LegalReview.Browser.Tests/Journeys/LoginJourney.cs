using LegalReview.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Journeys;

/// <summary>Journey 1: an anonymous visitor is sent to the login page, a wrong password is refused, the right one opens the document list.</summary>
[Collection(JourneyCollection.Name)]
public sealed class LoginJourney(BrowserApp app)
{
    [Fact]
    public async Task Login_AnonymousVisitorThenAdmin_SeesLoginFormThenDocumentList()
    {
        await using var journey = await app.NewPageAsync("login");
        var page = journey.Page;

        await journey.GotoAsync("/documents");
        page.Url.ShouldContain("/Account/Login");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await journey.ScreenshotAsync("login form");

        await page.GetByLabel("Tên đăng nhập").FillAsync(JourneyWebFactory.AdminUserName);
        await page.GetByLabel("Mật khẩu").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        page.Url.ShouldContain("/Account/Login");
        await journey.ScreenshotAsync("wrong password");

        await journey.LoginAsync();
        await journey.GotoAsync("/documents");
        await Assertions.Expect(page.GetByText("45/2019/QH14").First).ToBeVisibleAsync();
        await journey.ScreenshotAsync("document list");
        journey.ShouldHaveNoBrowserErrors();
    }
}
