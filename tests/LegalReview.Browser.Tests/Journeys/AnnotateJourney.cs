using LegalReview.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LegalReview.Browser.Tests.Journeys;

/// <summary>
/// Journey 4: a reviewer opens the Labour Code 45/2019/QH14 from the document list, jumps to Điều 35, selects words in
/// clause 1, writes a comment and saves it; after a reload the note sits under the clause with the words highlighted.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class AnnotateJourney(BrowserApp app)
{
    private const string Quote = "đơn phương chấm dứt hợp đồng lao động";

    [Fact]
    public async Task Annotate_LabourCodeArticle35Clause1_ShowsNoteUnderClauseAfterReload()
    {
        await using var journey = await app.NewPageAsync("annotate");
        var page = journey.Page;
        await journey.LoginAsync();
        // A short unique tag keeps the note identifiable when the journey runs more than once against one database.
        var comment = $"Thời hạn báo trước cần đối chiếu với Nghị định 145/2020/NĐ-CP (rà soát {Guid.NewGuid().ToString("N")[..6]}).";

        await journey.GotoAsync("/documents");
        await page.GetByRole(AriaRole.Link, new() { Name = "45/2019/QH14", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bộ luật");
        var goTo = page.Locator("form.goto");
        await goTo.GetByLabel("Điều").FillAsync("35");
        await goTo.GetByLabel("Khoản").FillAsync("1");
        await goTo.GetByRole(AriaRole.Button, new() { Name = "Đi" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("dieu-35", StringComparison.Ordinal));
        // The fragment may be the short alias ("dieu-35/khoan-1") of the clause's full stable id (with chapter, section).
        var clause = page.Locator(".provisions .unit[id$='dieu-35/khoan-1']");
        var clauseId = await clause.GetAttributeAsync("id") ?? "";
        await Assertions.Expect(clause).ToContainTextAsync(Quote);
        await journey.ScreenshotAsync("article 35 opened");

        // A person drags over the words; here the same DOM selection is made and the mouseup the script listens to is sent.
        var selected = await page.EvaluateAsync<string>(
            """
            ([id, quote]) => {
                const unit = document.getElementById(id);
                const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.nodeValue.indexOf(quote);
                    if (at < 0 || node.parentElement.closest('.ann-list, .ann-form, .ann-actions')) continue;
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + quote.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    node.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                    return selection.toString();
                }
                return '';
            }
            """,
            new[] { clauseId, Quote });
        selected.ShouldBe(Quote);

        var form = page.Locator("#ann-form");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await Assertions.Expect(clause.Locator("#ann-form")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Đoạn được chọn")).ToHaveValueAsync(Quote);
        await page.GetByLabel("Ghi chú", new() { Exact = true }).FillAsync(comment);
        await journey.ScreenshotAsync("words selected comment typed");

        await journey.ClickAndWaitForNextPageAsync(form.GetByRole(AriaRole.Button, new() { Name = "Lưu ghi chú" }));
        page.Url.ShouldContain("/documents/");
        await page.ReloadAsync();

        var note = clause.Locator(".ann-item", new() { HasText = comment });
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note.Locator(".ann-quote")).ToHaveTextAsync(Quote);
        await Assertions.Expect(note.Locator(".ann-meta")).ToContainTextAsync(JourneyWebFactory.AdminUserName);
        await Assertions.Expect(clause.Locator("mark.ann-mark", new() { HasText = Quote })).ToHaveCountAsync(1);
        await clause.EvaluateAsync("el => el.scrollIntoView({ block: 'start' })");
        await journey.ScreenshotAsync("note shown after reload");
        journey.ShouldHaveNoBrowserErrors();
    }
}
