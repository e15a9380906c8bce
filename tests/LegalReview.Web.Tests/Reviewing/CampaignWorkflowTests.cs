using System.Net;
using LegalReview.Core.Documents;
using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LegalReview.Web.Tests.Reviewing.ReviewClient;

namespace LegalReview.Web.Tests.Reviewing;

/// <summary>A campaign over the sample labour laws in the browser's way (HTTP forms), from scope to lead approval.</summary>
public sealed class CampaignWorkflowTests(ReviewWebFactory factory) : IClassFixture<ReviewWebFactory>
{
    private static readonly string[] LabourLaws =
        ["45/2019/QH14", "84/2015/QH13", "58/2014/QH13", "12/2012/QH13", "69/2020/QH14", "38/2013/QH13"];

    [Fact]
    public async Task Campaign_LabourLawsFromScopeToApproval_IsApprovedAfterOneReturn()
    {
        var admin = await SignedInAsync(factory, "admin");
        foreach (var (name, role) in new[] { ("cv-e2e", Roles.Reviewer), ("lead-e2e", Roles.Lead) })
        {
            var created = await PostFormAsync(admin, "/admin/users", "/admin/users?handler=Create",
                [F("userName", name), F("password", Password), F("role", role)]);
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await admin.GetStringAsync("/admin/users")).ShouldContain($"Đã tạo tài khoản {name}.");
        }

        var lead = await SignedInAsync(factory, "lead-e2e");
        var reviewer = await SignedInAsync(factory, "cv-e2e");
        var ids = LawIds();
        var campaignId = await CreateCampaignAsync(lead, "Rà soát quyền của người lao động", ids, "cv-e2e");
        var campaignPage = await lead.GetStringAsync($"/campaigns/{campaignId}");
        campaignPage.ShouldContain("0/6 văn bản đã xong");
        campaignPage.ShouldContain("Bộ luật Lao động");

        var itemId = ItemOf(campaignId, "45/2019/QH14");
        (await reviewer.GetStringAsync("/campaigns")).ShouldContain($"/campaigns/items/{itemId}");
        await ActAsync(reviewer, itemId, "Start");
        await SaveSheetAsync(reviewer, itemId, "Luật Công đoàn số 12/2012/QH13, Điều 10");
        await ActAsync(reviewer, itemId, "Submit");
        Status(itemId).ShouldBe(ReviewItemStatus.Submitted);

        await ActAsync(lead, itemId, "Return", "Bổ sung căn cứ là Luật An toàn, vệ sinh lao động");
        Status(itemId).ShouldBe(ReviewItemStatus.Returned);
        (await reviewer.GetStringAsync($"/campaigns/items/{itemId}")).ShouldContain("Bổ sung căn cứ là Luật An toàn, vệ sinh lao động");
        await ActAsync(reviewer, itemId, "Start");
        await SaveSheetAsync(reviewer, itemId, "Luật Công đoàn số 12/2012/QH13, Điều 10\nLuật An toàn, vệ sinh lao động số 84/2015/QH13, Điều 7");
        await ActAsync(reviewer, itemId, "Submit");
        await ActAsync(lead, itemId, "Approve", "Đồng ý");

        Status(itemId).ShouldBe(ReviewItemStatus.Approved);
        var after = await lead.GetStringAsync($"/campaigns/{campaignId}");
        after.ShouldContain("1/6 văn bản đã xong (17%)");
        after.ShouldContain("cv-e2e");
        var history = Query(factory, db => db.ReviewItemTransitions.Where(t => t.ReviewItemId == itemId)
            .OrderBy(t => t.Id).Select(t => t.Action).ToList());
        history.ShouldBe([ReviewAction.Start, ReviewAction.Submit, ReviewAction.Return, ReviewAction.Start, ReviewAction.Submit, ReviewAction.Approve]);
        var sheetId = Query(factory, db => db.ReviewSheets.Single(s => s.ReviewItemId == itemId).Id);
        var audit = await lead.GetStringAsync($"/audit/ReviewSheet/{sheetId}");
        audit.ShouldContain("cv-e2e");
        audit.ShouldContain("Luật An toàn, vệ sinh lao động số 84/2015/QH13");
    }

    [Fact]
    public async Task Approve_ByReviewer_IsForbiddenAndStatusUnchanged()
    {
        var (lead, reviewer, itemId) = await SubmittedItemAsync("cv-forbid", "lead-forbid", "69/2020/QH14");

        var response = await PostFormAsync(reviewer, $"/campaigns/items/{itemId}", $"/campaigns/items/{itemId}?handler=Approve",
            [F("rowVersion", RowVersion(itemId).ToString())]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        Status(itemId).ShouldBe(ReviewItemStatus.Submitted);
        lead.ShouldNotBeNull();
    }

    [Fact]
    public async Task Submit_WhenAlreadySubmitted_IsRefusedWithReason()
    {
        var (_, reviewer, itemId) = await SubmittedItemAsync("cv-twice", "lead-twice", "38/2013/QH13");

        var response = await PostFormAsync(reviewer, $"/campaigns/items/{itemId}", $"/campaigns/items/{itemId}?handler=Submit",
            [F("rowVersion", RowVersion(itemId).ToString())]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không thể “Trình duyệt” khi mục đang ở trạng thái “Chờ duyệt”.");
        Status(itemId).ShouldBe(ReviewItemStatus.Submitted);
    }

    [Fact]
    public async Task Return_WithoutComment_IsRefusedWithReason()
    {
        var (lead, _, itemId) = await SubmittedItemAsync("cv-nocomment", "lead-nocomment", "12/2012/QH13");

        var response = await PostFormAsync(lead, $"/campaigns/items/{itemId}", $"/campaigns/items/{itemId}?handler=Return",
            [F("rowVersion", RowVersion(itemId).ToString()), F("comment", "")]);

        (await response.Content.ReadAsStringAsync()).ShouldContain("Cần ghi ý kiến khi “Trả lại”.");
        Status(itemId).ShouldBe(ReviewItemStatus.Submitted);
    }

    [Fact]
    public async Task Start_BySomeoneElsesReviewer_IsRefused()
    {
        var lead = await SignedInAsync(factory, "lead-other", Roles.Lead);
        var owner = await SignedInAsync(factory, "cv-owner", Roles.Reviewer);
        var intruder = await SignedInAsync(factory, "cv-intruder", Roles.Reviewer);
        var campaignId = await CreateCampaignAsync(lead, "Giao cho cv-owner", [LawId(LabourLaws[0])], "cv-owner");
        var itemId = ItemOf(campaignId, LabourLaws[0]);

        var response = await PostFormAsync(intruder, $"/campaigns/items/{itemId}", $"/campaigns/items/{itemId}?handler=Start",
            [F("rowVersion", RowVersion(itemId).ToString())]);

        (await response.Content.ReadAsStringAsync()).ShouldContain("Mục này được giao cho cv-owner");
        Status(itemId).ShouldBe(ReviewItemStatus.Pending);
        owner.ShouldNotBeNull();
    }

    [Fact]
    public async Task Action_WithStaleRowVersion_IsRefusedAsConflict()
    {
        var lead = await SignedInAsync(factory, "lead-stale", Roles.Lead);
        var reviewer = await SignedInAsync(factory, "cv-stale", Roles.Reviewer);
        var campaignId = await CreateCampaignAsync(lead, "Phiên bản cũ", [LawId(LabourLaws[0])], "cv-stale");
        var itemId = ItemOf(campaignId, LabourLaws[0]);
        var seen = RowVersion(itemId);
        await ActAsync(reviewer, itemId, "Start");

        var response = await PostFormAsync(lead, $"/campaigns/items/{itemId}", $"/campaigns/items/{itemId}?handler=Dismiss",
            [F("rowVersion", seen.ToString()), F("comment", "Không cần")]);

        (await response.Content.ReadAsStringAsync()).ShouldContain("vừa được người khác thay đổi");
        Status(itemId).ShouldBe(ReviewItemStatus.InProgress);
    }

    [Fact]
    public async Task CreateCampaign_ByReviewer_IsDenied()
    {
        var reviewer = await SignedInAsync(factory, "cv-create", Roles.Reviewer);

        var response = await reviewer.GetAsync("/campaigns/create");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task CreateCampaign_FilterScopeOnCodes_TakesEveryCodeIssuedBeforeCutoff()
    {
        var lead = await SignedInAsync(factory, "lead-filter", Roles.Lead);
        var cutoff = new DateOnly(2019, 12, 31);
        var expected = Query(factory, db => db.Documents.Count(d => d.Type == DocumentType.Code && (d.IssuedOn == null || d.IssuedOn <= cutoff)));
        expected.ShouldBeGreaterThan(0);

        var response = await PostFormAsync(lead, "/campaigns/create", "/campaigns/create",
        [
            F("Input.Name", "Rà soát các bộ luật"), F("Input.CutoffDate", "2019-12-31"), F("Input.ScopeKind", "Filters"),
            F("Input.Type", "Code"),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var id = long.Parse(response.Headers.Location!.ToString().Split('/').Last());
        Query(factory, db => db.ReviewItems.Count(i => i.CampaignId == id)).ShouldBe(expected);
    }

    [Fact]
    public async Task TriggeredReview_SampleAmendments_ShowBaseLawWithReasonOnQueuePage()
    {
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReviewTriggerService>().ProcessPendingAsync(CancellationToken.None);
        }

        var reviewer = await SignedInAsync(factory, "cv-triggered", Roles.Reviewer);
        var page = await reviewer.GetStringAsync("/campaigns/triggered");

        var baseLaw = Query(factory, db => db.Documents.Single(d => d.NormalizedNumber == "25/2008/QH12").Id);
        var item = Query(factory, db => db.ReviewItems.Single(i => i.DocumentId == baseLaw && i.CampaignId == null));
        item.Reason.ShouldContain("46/2014/QH13");
        page.ShouldContain($"/campaigns/items/{item.Id}");
        page.ShouldContain("25/2008/QH12");
        page.ShouldContain(item.Reason);
    }

    private async Task<(HttpClient Lead, HttpClient Reviewer, long ItemId)> SubmittedItemAsync(string reviewerName, string leadName, string number)
    {
        var lead = await SignedInAsync(factory, leadName, Roles.Lead);
        var reviewer = await SignedInAsync(factory, reviewerName, Roles.Reviewer);
        var campaignId = await CreateCampaignAsync(lead, "Đợt của " + reviewerName, LawIds(), reviewerName);
        var itemId = ItemOf(campaignId, number);
        await ActAsync(reviewer, itemId, "Start");
        await SaveSheetAsync(reviewer, itemId, "Hiến pháp năm 2013, Điều 35");
        await ActAsync(reviewer, itemId, "Submit");
        Status(itemId).ShouldBe(ReviewItemStatus.Submitted);
        return (lead, reviewer, itemId);
    }

    private async Task<long> CreateCampaignAsync(HttpClient lead, string name, IReadOnlyList<long> ids, string reviewer)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            F("Input.Name", name), F("Input.CutoffDate", "2025-12-31"), F("Input.ScopeKind", "ExplicitList"),
            F("Input.Assignees", reviewer),
        };
        fields.AddRange(ids.Select(id => F("Input.DocumentIds", id.ToString())));
        var response = await PostFormAsync(lead, "/campaigns/create", "/campaigns/create", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private async Task ActAsync(HttpClient client, long itemId, string handler, string? comment = null)
    {
        var fields = new List<KeyValuePair<string, string>> { F("rowVersion", RowVersion(itemId).ToString()) };
        if (comment is not null)
        {
            fields.Add(F("comment", comment));
        }

        var response = await PostFormAsync(client, $"/campaigns/items/{itemId}", $"/campaigns/items/{itemId}?handler={handler}", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{handler}: " + await response.Content.ReadAsStringAsync());
    }

    private async Task SaveSheetAsync(HttpClient client, long itemId, string basis)
    {
        var version = Query(factory, db => db.ReviewSheets.Where(s => s.ReviewItemId == itemId).Select(s => (int?)s.RowVersion).SingleOrDefault()) ?? 0;
        var response = await PostFormAsync(client, $"/campaigns/items/{itemId}", $"/campaigns/items/{itemId}?handler=Save",
        [
            F("Input.RowVersion", version.ToString()), F("Input.ReviewingUnit", "Phòng Nghiệp vụ I"), F("Input.BasisDocuments", basis),
            F("Input.Rows[0].ReviewedProvision", "Khoản 1 Điều 35"), F("Input.Rows[0].BasisProvision", "Điều 10 Luật Công đoàn"),
            F("Input.Rows[0].Assessment", "Unsuitable"), F("Input.Rows[0].Reasoning", "Thời hạn báo trước không còn phù hợp"),
            F("Input.Rows[0].ProposedHandling", "AmendSupplement"),
            F("Input.ValidityConclusion", "InForce"), F("Input.Conclusion", "Còn hiệu lực; một khoản cần sửa đổi"),
            F("Input.Recommendation", "AmendSupplement"), F("Input.CompetentBody", "Quốc hội"),
        ]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private List<long> LawIds()
    {
        var ids = Query(factory, db => db.Documents.Where(d => LabourLaws.Contains(d.NormalizedNumber)).Select(d => d.Id).ToList());
        ids.Count.ShouldBe(LabourLaws.Length);
        return ids;
    }

    private long LawId(string number) => Query(factory, db => db.Documents.Single(d => d.NormalizedNumber == number).Id);

    private long ItemOf(long campaignId, string number) =>
        Query(factory, db => db.ReviewItems.Single(i => i.CampaignId == campaignId && i.Document!.NormalizedNumber == number).Id);

    private ReviewItemStatus Status(long itemId) => Query(factory, db => db.ReviewItems.AsNoTracking().Single(i => i.Id == itemId).Status);

    private int RowVersion(long itemId) => Query(factory, db => db.ReviewItems.AsNoTracking().Single(i => i.Id == itemId).RowVersion);
}
