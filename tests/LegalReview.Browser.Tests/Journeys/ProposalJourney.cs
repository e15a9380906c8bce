using System.IO.Compression;
using System.Text.RegularExpressions;
using LegalReview.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Journeys;

/// <summary>
/// Journey 7: from the Labour Code page a reviewer clicks «Tạo kiến nghị», picks clause 1 of Điều 35, writes the
/// addressee («Kính gửi», required for the letter) and the proposed wording, saves the draft (the redline shows only
/// the change) and downloads the letter as .docx.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed partial class ProposalJourney(BrowserApp app)
{
    [Fact]
    public async Task Proposal_LabourCodeArticle35Clause1_SavesDraftAndDownloadsDocx()
    {
        await using var journey = await app.NewPageAsync("proposal");
        var page = journey.Page;
        await journey.LoginAsync();

        await journey.GotoAsync("/documents");
        await page.GetByRole(AriaRole.Link, new() { Name = "45/2019/QH14", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo kiến nghị" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/proposals/create\?document=\d+"));
        var provisions = page.Locator("select[name='provision']");
        var clause = provisions.Locator("option", new() { HasTextRegex = ClauseOption() });
        await Assertions.Expect(clause).ToHaveCountAsync(1);
        await provisions.SelectOptionAsync(await clause.GetAttributeAsync("value") ?? "");
        await journey.ScreenshotAsync("provision chosen");

        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo kiến nghị" }).ClickAsync();
        await page.WaitForURLAsync(ProposalUrl());
        var item = page.Locator("fieldset.pr-item").First;
        await Assertions.Expect(item.Locator("legend")).ToContainTextAsync("35");
        await Assertions.Expect(item.Locator(".pr-text")).ToContainTextAsync("phải báo trước cho người sử dụng lao động");
        // The letter cannot be exported without an addressee ("Kính gửi").
        await page.GetByLabel("Kính gửi").FillAsync("Bộ Lao động - Thương binh và Xã hội");
        // The proposed wording is the current clause (with its points) with "bằng văn bản" added.
        var current = await item.Locator(".pr-text").InnerTextAsync();
        var proposed = current.Replace("phải báo trước cho", "phải báo trước bằng văn bản cho", StringComparison.Ordinal);
        proposed.ShouldNotBe(current);
        await item.GetByLabel("Nội dung đề nghị").FillAsync(proposed);
        await item.GetByLabel("Lý do, thuyết minh").FillAsync("Bổ sung yêu cầu báo trước bằng văn bản để có căn cứ xác định thời điểm báo trước.");
        await journey.ScreenshotAsync("proposed text typed");

        await journey.ClickAndWaitForNextPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }));
        await Assertions.Expect(page.Locator(".alert-ok")).ToContainTextAsync("Đã lưu dự thảo");
        await Assertions.Expect(item.GetByLabel("Nội dung đề nghị")).ToHaveValueAsync(proposed);
        await Assertions.Expect(item.Locator(".pr-redline ins").First).ToContainTextAsync("bằng văn");
        await Assertions.Expect(item.Locator(".pr-redline")).ToContainTextAsync("báo trước bằng văn bản cho");
        await Assertions.Expect(item.Locator(".pr-redline del")).ToHaveCountAsync(0);
        await item.EvaluateAsync("el => el.scrollIntoView({ block: 'start' })");
        await journey.ScreenshotAsync("draft saved with redline");

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Tải công văn (.docx)" }).ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".docx");
        var path = Path.Combine(JourneyPage.ArtifactsFolder, "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        new FileInfo(path).Length.ShouldBeGreaterThan(0);
        using (var docx = ZipFile.OpenRead(path))
        {
            var body = docx.GetEntry("word/document.xml");
            body.ShouldNotBeNull();
            using var reader = new StreamReader(body.Open());
            // Word text is split into runs (the redline marks insertions); compare the text without the markup.
            XmlTags().Replace(await reader.ReadToEndAsync(), "").ShouldContain("báo trước bằng văn bản");
        }

        journey.ShouldHaveNoBrowserErrors();
    }

    [GeneratedRegex(@"^\s*Điều 35 › khoản 1 —")]
    private static partial Regex ClauseOption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex XmlTags();

    [GeneratedRegex(@"/proposals/\d+$")]
    private static partial Regex ProposalUrl();
}
