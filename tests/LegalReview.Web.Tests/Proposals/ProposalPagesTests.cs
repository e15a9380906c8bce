using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using LegalReview.Core.Documents;
using LegalReview.Data;
using LegalReview.Data.Findings;
using LegalReview.Data.Importing;
using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Proposals;

/// <summary>A proposal on khoản 1 Điều 35 of the real Labour Code, through the real forms, down to the .docx letter.</summary>
public sealed partial class ProposalPagesTests(ProposalPagesTests.LabourCodeFactory factory) : IClassFixture<ProposalPagesTests.LabourCodeFactory>
{
    [Fact]
    public async Task ProposalJourney_ReviewerDraftsLeadApproves_DownloadsValidLetterWithTrackedChanges()
    {
        var reviewer = await LoginAsync("chuyenvien-kn", Roles.Reviewer);
        long provisionId;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            provisionId = await db.Provisions.Where(p => p.Version!.DocumentId == factory.CodeId && p.StableId.EndsWith("dieu-35/khoan-1")).Select(p => p.Id).SingleAsync();
        }

        var picker = await reviewer.GetStringAsync($"/proposals/create?document={factory.CodeId}");
        picker.ShouldContain($"<option value=\"{provisionId}\">Điều 35 › khoản 1 — Người lao động có quyền đơn phương");
        var created = await PostAsync(reviewer, $"/proposals/create?document={factory.CodeId}", $"/proposals/create?document={factory.CodeId}", new() { ["provision"] = provisionId.ToString() });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = created.Headers.Location!.OriginalString;
        url.ShouldStartWith("/proposals/");

        var page = await reviewer.GetStringAsync(url);
        page.ShouldContain("khoản 1 Điều 35 Bộ luật Lao động số 45/2019/QH14");
        page.ShouldContain("c) Ít nhất 03 ngày làm việc");
        var current = WebUtility.HtmlDecode(ProposedField().Match(page).Groups[1].Value);
        var itemId = ItemIdField().Match(page).Groups[1].Value;
        var preview = await PostAsync(reviewer, url + "?handler=Preview", url, new()
        {
            ["RowVersion"] = RowVersion(page),
            ["Subject"] = "kiến nghị sửa đổi, bổ sung Bộ luật Lao động số 45/2019/QH14",
            ["Items[0].Id"] = itemId,
            ["Items[0].Action"] = "Amend",
            ["Items[0].ProposedText"] = current.Replace("03 ngày làm việc", "10 ngày làm việc", StringComparison.Ordinal),
        });
        var previewHtml = await preview.Content.ReadAsStringAsync();
        previewHtml.ShouldContain("<del>03</del><ins>10</ins>");
        previewHtml.ShouldContain("Xem trước: nội dung chưa được lưu.");
        (await reviewer.GetStringAsync(url)).ShouldNotContain("<ins>10</ins>");

        var saved = await PostAsync(reviewer, url + "?handler=Save", url, new()
        {
            ["RowVersion"] = RowVersion(page),
            ["Subject"] = "kiến nghị sửa đổi, bổ sung Bộ luật Lao động số 45/2019/QH14",
            ["Addressees"] = "Bộ Nội vụ",
            ["Occasion"] = "Thực hiện Kế hoạch rà soát văn bản về quyền và nghĩa vụ của người lao động năm 2026.",
            ["LegalBasis"] = "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15",
            ["Recipients"] = "Như trên",
            ["Items[0].Id"] = itemId,
            ["Items[0].Action"] = "Amend",
            ["Items[0].ProposedText"] = current.Replace("03 ngày làm việc", "07 ngày làm việc", StringComparison.Ordinal),
            ["Items[0].Reasoning"] = "Thời hạn báo trước quá ngắn để bố trí người thay thế.",
            ["Items[0].LinkedFindings"] = "",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await reviewer.GetStringAsync(url);
        page.ShouldContain("<del>03</del><ins>07</ins>");
        page.ShouldContain("Đã lưu dự thảo.");

        (await StepAsync(reviewer, url, "Submit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await StepAsync(reviewer, url, "Approve");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Chỉ lãnh đạo phòng mới được duyệt.");

        var lead = await LoginAsync("lanhdao-kn", Roles.Lead);
        (await StepAsync(lead, url, "Approve")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await lead.GetStringAsync(url);
        page.ShouldContain("Đã duyệt");
        page.ShouldContain("So sánh");

        var docx = await reviewer.GetAsync(url + "/docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        new OpenXmlValidator().Validate(doc).ShouldBeEmpty();
        var body = doc.MainDocumentPart!.Document.Body!;
        body.InnerText.ShouldContain("Kính gửi: Bộ Nội vụ.");
        body.InnerText.ShouldContain("Số:       /STP-NV1");
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().Select(r => r.InnerText).ShouldContain("07");
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.DeletedRun>().Select(r => r.InnerText).ShouldContain("03");
    }

    [Fact]
    public async Task CampaignDownloads_InForceListCsvAndUnknownFile()
    {
        long campaignId;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            var campaign = new ReviewCampaign { Name = "Rà soát văn bản về người lao động", CutoffDate = new DateOnly(2025, 12, 31), CreatedBy = "admin" };
            db.ReviewCampaigns.Add(campaign);
            await db.SaveChangesAsync();
            db.ReviewItems.Add(new ReviewItem
            {
                CampaignId = campaign.Id, DocumentId = factory.CodeId, Status = ReviewItemStatus.Approved, Reason = "Đợt rà soát",
                Sheet = new ReviewSheet { ValidityConclusion = Validity.InForce },
            });
            await db.SaveChangesAsync();
            campaignId = campaign.Id;
        }

        var client = await LoginAsync("chuyenvien-dm", Roles.Reviewer);
        var page = await client.GetStringAsync($"/campaigns/{campaignId}");
        page.ShouldContain($"href=\"/campaigns/{campaignId}/exports/danh-muc-3-con-hieu-luc.csv\"");
        var csv = await client.GetByteArrayAsync($"/campaigns/{campaignId}/exports/danh-muc-3-con-hieu-luc.csv");
        csv.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(csv).ShouldContain("1,Quốc hội,Bộ luật,45/2019/QH14; 20/11/2019,Bộ luật Lao động,01/01/2021,");
        var xlsx = await client.GetAsync($"/campaigns/{campaignId}/exports/danh-muc.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/campaigns/{campaignId}/exports/khong-co.docx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ProposalFromFinding_OnSampleLaws_LetterNamesTheFindingAndTheBasis()
    {
        long findingId;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            async Task<string> IdAsync(long documentId, string suffix) =>
                await db.Provisions.Where(p => p.Version!.DocumentId == documentId && p.StableId.EndsWith(suffix)).Select(p => p.StableId).FirstAsync();
            var finding = new Finding
            {
                Title = "Điều kiện hưởng trợ cấp thất nghiệp chưa thống nhất với Bộ luật Lao động năm 2019",
                Type = FindingType.Unsuitable,
                Reasoning = "Điểm a khoản 1 Điều 49 Luật Việc làm dẫn chiếu khái niệm của Bộ luật Lao động năm 2012.",
                Status = FindingStatus.Confirmed,
                CreatedBy = "chuyenvien",
                Provisions =
                [
                    new FindingProvision { DocumentId = factory.EmploymentId, StableId = await IdAsync(factory.EmploymentId, "dieu-49/khoan-1"), Order = 1 },
                    new FindingProvision { DocumentId = factory.CodeId, StableId = await IdAsync(factory.CodeId, "dieu-39"), Order = 2 },
                ],
            };
            db.Findings.Add(finding);
            await db.SaveChangesAsync();
            findingId = finding.Id;
        }

        var reviewer = await LoginAsync("chuyenvien-ph", Roles.Reviewer);
        (await reviewer.GetStringAsync($"/findings/{findingId}")).ShouldContain($"href=\"/proposals/create?finding={findingId}\"");
        var form = await reviewer.GetStringAsync($"/proposals/create?finding={findingId}");
        form.ShouldContain("Điều kiện hưởng trợ cấp thất nghiệp");
        var created = await PostAsync(reviewer, $"/proposals/create?finding={findingId}", $"/proposals/create?finding={findingId}", new() { ["finding"] = findingId.ToString() });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = created.Headers.Location!.OriginalString;
        var page = await reviewer.GetStringAsync(url);
        page.ShouldContain($"href=\"/findings/{findingId}\"");
        page.ShouldContain("khoản 1 Điều 49 Luật việc làm số 38/2013/QH13");

        // Without an addressee the letter cannot be written: the download says why.
        var refused = await reviewer.GetAsync(url + "/docx");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Kính gửi");
        var current = WebUtility.HtmlDecode(ProposedField().Match(page).Groups[1].Value);
        (await PostAsync(reviewer, url + "?handler=Save", url, new()
        {
            ["RowVersion"] = RowVersion(page),
            ["Subject"] = "kiến nghị sửa đổi, bổ sung Luật Việc làm số 38/2013/QH13",
            ["Addressees"] = "Bộ Nội vụ",
            ["Occasion"] = "Thực hiện Kế hoạch rà soát văn bản về quyền và nghĩa vụ của người lao động năm 2026.",
            ["LegalBasis"] = "",
            ["Recipients"] = "Như trên",
            ["Items[0].Id"] = ItemIdField().Match(page).Groups[1].Value,
            ["Items[0].Action"] = "Amend",
            ["Items[0].ProposedText"] = current.Replace("hợp đồng làm việc trái pháp luật", "hợp đồng làm việc trái pháp luật theo quy định tại Điều 39 Bộ luật Lao động", StringComparison.Ordinal),
            ["Items[0].Reasoning"] = WebUtility.HtmlDecode(ReasoningField().Match(page).Groups[1].Value),
            ["Items[0].LinkedFindings"] = WebUtility.HtmlDecode(FindingsField().Match(page).Groups[1].Value),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var docx = await reviewer.GetAsync(url + "/docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        new OpenXmlValidator().Validate(doc).ShouldBeEmpty();
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("Vấn đề phát hiện qua rà soát: Không còn phù hợp: Điều kiện hưởng trợ cấp thất nghiệp chưa thống nhất với Bộ luật Lao động năm 2019.");
        text.ShouldContain("Quy định liên quan: Điều 39 Bộ luật Lao động số 45/2019/QH14.");
        doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>()
            .Select(r => r.InnerText).ShouldContain(t => t.Contains("Điều 39 Bộ luật Lao động", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/proposals/1/docx")]
    [InlineData("/campaigns/1/exports/danh-muc.xlsx")]
    public async Task Downloads_Anonymous_SentToLogin(string url)
    {
        var response = await factory.CreateBrowserlessClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    private async Task<HttpResponseMessage> StepAsync(HttpClient client, string url, string command)
    {
        var page = await client.GetStringAsync(url);
        return await PostAsync(client, url + "?handler=Step", url, new() { ["RowVersion"] = RowVersion(page), ["command"] = command });
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string tokenPage, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await WebSession.AntiforgeryTokenAsync(client, tokenPage);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static string RowVersion(string page) => RowVersionField().Match(page).Groups[1].Value;

    private async Task<HttpClient> LoginAsync(string userName, string role)
    {
        const string password = "Proposal-Passw0rd!";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new IdentityUser(userName);
                (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
                (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
            }
        }

        var client = factory.CreateBrowserlessClient();
        (await WebSession.LoginAsync(client, userName, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [GeneratedRegex("name=\"RowVersion\" value=\"(\\d+)\"")]
    private static partial Regex RowVersionField();

    [GeneratedRegex("name=\"Items\\[0\\]\\.ProposedText\" rows=\"8\">([^<]*)</textarea>")]
    private static partial Regex ProposedField();

    [GeneratedRegex("name=\"Items\\[0\\]\\.Reasoning\" rows=\"3\">([^<]*)</textarea>")]
    private static partial Regex ReasoningField();

    [GeneratedRegex("name=\"Items\\[0\\]\\.LinkedFindings\" rows=\"2\">([^<]*)</textarea>")]
    private static partial Regex FindingsField();

    [GeneratedRegex("name=\"Items\\[0\\]\\.Id\" value=\"(\\d+)\"")]
    private static partial Regex ItemIdField();

    /// <summary>The app with the Labour Code imported.</summary>
    public sealed class LabourCodeFactory : LegalReviewWebFactory, IAsyncLifetime
    {
        public long CodeId { get; private set; }
        public long EmploymentId { get; private set; }

        public async Task InitializeAsync()
        {
            CodeId = await ImportAsync("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt");
            EmploymentId = await ImportAsync("laws/luat-viec-lam-2013_38-2013-QH13.txt");
        }

        private async Task<long> ImportAsync(string file)
        {
            using var scope = Services.CreateScope();
            var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
            var result = await importer.ImportAsync(Path.GetFileName(file), await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Samples, file)), "samples/" + file, CancellationToken.None);
            return result.DocumentId ?? throw new InvalidOperationException(result.RejectedReason);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }
}
