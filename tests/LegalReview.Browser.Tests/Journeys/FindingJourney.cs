using System.Text.RegularExpressions;
using LegalReview.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Journeys;

/// <summary>
/// Journey 5: from clause 1 of Điều 35 of the Labour Code a reviewer clicks «Thêm vào phát hiện», adds clause 1 of
/// Điều 2 of the Social Insurance Law 58/2014/QH13 as the second provision, writes the reasoning and creates the
/// finding; it shows with both provisions on its page and in the findings list.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed partial class FindingJourney(BrowserApp app)
{
    [Fact]
    public async Task Finding_LabourCodeAndSocialInsuranceProvisions_ShowsInDetailAndList()
    {
        await using var journey = await app.NewPageAsync("finding");
        var page = journey.Page;
        await journey.LoginAsync();
        var title = "Chồng chéo về thời hạn hợp đồng lao động " + Guid.NewGuid().ToString("N")[..6];

        await journey.GotoAsync("/documents");
        await page.GetByRole(AriaRole.Link, new() { Name = "45/2019/QH14", Exact = true }).First.ClickAsync();
        var goTo = page.Locator("form.goto");
        await goTo.GetByLabel("Điều").FillAsync("35");
        await goTo.GetByLabel("Khoản").FillAsync("1");
        await goTo.GetByRole(AriaRole.Button, new() { Name = "Đi" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("dieu-35", StringComparison.Ordinal));
        var clause = page.Locator(".provisions .unit[id$='dieu-35/khoan-1']");
        await clause.HoverAsync();
        var addToFinding = clause.GetByRole(AriaRole.Link, new() { Name = "Thêm vào phát hiện" });
        await Assertions.Expect(addToFinding).ToBeVisibleAsync();
        await journey.ScreenshotAsync("add to finding offered");

        await addToFinding.ClickAsync();
        await page.WaitForURLAsync(new Regex("/findings/new\\?"));
        await Assertions.Expect(page.GetByLabel("Số văn bản 1")).ToHaveValueAsync("45/2019/QH14");
        await Assertions.Expect(page.GetByLabel("Quy định 1")).ToHaveValueAsync(new Regex("dieu-35/khoan-1$"));
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Loại phát hiện").SelectOptionAsync("Overlap");
        await page.GetByLabel("Mức độ").SelectOptionAsync("High");
        await page.GetByLabel("Số văn bản 2").FillAsync("58/2014/QH13");
        await page.GetByLabel("Quy định 2").FillAsync("Điều 2 khoản 1");
        await page.GetByLabel("Lập luận").FillAsync(
            "Bộ luật Lao động quy định thời hạn báo trước theo loại hợp đồng; Luật Bảo hiểm xã hội xác định đối tượng "
            + "tham gia theo thời hạn hợp đồng. Cần rà soát sự thống nhất về phân loại hợp đồng.");
        await page.GetByLabel("Căn cứ pháp lý đánh giá").FillAsync("Khoản 2 Điều 156 Luật Ban hành văn bản quy phạm pháp luật");
        await journey.ScreenshotAsync("finding form filled");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo phát hiện" }).ClickAsync();
        await page.WaitForURLAsync(FindingUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".banner-ok")).ToContainTextAsync("Đã tạo phát hiện");
        var provisions = page.Locator("ol.fnd-provisions > li");
        await Assertions.Expect(provisions).ToHaveCountAsync(2);
        await Assertions.Expect(provisions.Filter(new() { HasText = "45/2019/QH14" })).ToContainTextAsync("Điều 35");
        await Assertions.Expect(provisions.Filter(new() { HasText = "58/2014/QH13" })).ToContainTextAsync("Điều 2");
        await journey.ScreenshotAsync("finding created");

        await page.GetByRole(AriaRole.Link, new() { Name = "Phát hiện", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/findings", StringComparison.Ordinal));
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("45/2019/QH14");
        await Assertions.Expect(row).ToContainTextAsync("58/2014/QH13");
        await journey.ScreenshotAsync("finding in list");
        journey.ShouldHaveNoBrowserErrors();
    }

    [GeneratedRegex(@"/findings/\d+$")]
    private static partial Regex FindingUrl();
}
