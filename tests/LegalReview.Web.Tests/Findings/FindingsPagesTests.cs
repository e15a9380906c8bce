using System.Net;
using System.Text.RegularExpressions;

namespace LegalReview.Web.Tests.Findings;

/// <summary>Annotations and findings through the real forms (antiforgery included) on three real labour laws.</summary>
public sealed partial class FindingsPagesTests(FindingsWebFactory factory) : IClassFixture<FindingsWebFactory>
{
    [Fact]
    public async Task AnnotationForm_SelectionPosted_AnnotationShownUnderProvision()
    {
        var client = await AdminAsync();
        var id = factory.DocumentIds["12/2012/QH13"];
        var page = await client.GetStringAsync($"/documents/{id}");
        page.ShouldContain("id=\"ann-form\"");
        page.ShouldContain("/js/annotations.js");

        var before = DateTimeOffset.UtcNow;
        var response = await client.PostAsync("/annotations?handler=Create", Form(page, new()
        {
            ["DocumentId"] = id.ToString(),
            ["VersionId"] = VersionId().Match(page).Groups[1].Value,
            ["StableId"] = "chuong-1/dieu-1",
            ["Quote"] = "tổ chức chính trị - xã hội rộng lớn",
            ["Prefix"] = "Công đoàn là ",
            ["Comment"] = "Đối chiếu Điều 10 Hiến pháp 2013.",
            ["Visibility"] = "Shared",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith($"/documents/{id}#ann-");
        var after = await client.GetStringAsync($"/documents/{id}");
        after.ShouldContain("Đối chiếu Điều 10 Hiến pháp 2013.");
        after.ShouldContain("data-quote=\"tổ chức chính trị - xã hội rộng lớn\"");
        // Shown in Việt Nam time (UTC+7) whatever the server's zone: one of the minutes the request spanned.
        var shown = AnnotationTime().Matches(after).Select(m => m.Groups[1].Value).ToList();
        var minutes = new List<string>();
        for (var t = before; t <= DateTimeOffset.UtcNow.AddMinutes(1); t = t.AddMinutes(1))
        {
            minutes.Add(t.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }

        shown.ShouldContain(s => minutes.Contains(s));
    }

    [Fact]
    public async Task AnnotationForm_QuoteNotInProvision_BadRequestWithReason()
    {
        var client = await AdminAsync();
        var id = factory.DocumentIds["12/2012/QH13"];
        var page = await client.GetStringAsync($"/documents/{id}");

        var response = await client.PostAsync("/annotations?handler=Create", Form(page, new()
        {
            ["DocumentId"] = id.ToString(),
            ["VersionId"] = VersionId().Match(page).Groups[1].Value,
            ["StableId"] = "chuong-1/dieu-1",
            ["Quote"] = "trợ cấp thất nghiệp",
            ["Comment"] = "x",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("không nằm trong nội dung của quy định");
    }

    [Fact]
    public async Task NewFindingForm_TwoProvisionsOfTwoLaws_CreatedThenConfirmedByLead()
    {
        var client = await AdminAsync();
        var labour = factory.DocumentIds["45/2019/QH14"];
        var form = await client.GetStringAsync($"/findings/new?doc={labour}&p=chuong-13/dieu-170/khoan-1");
        form.ShouldContain("value=\"45/2019/QH14\"");
        form.ShouldContain("<option value=\"12/2012/QH13\">");

        var created = await client.PostAsync("/findings/new", Form(form, new()
        {
            ["Input.Title"] = "Quyền thành lập tổ chức đại diện người lao động",
            ["Input.Type"] = "Overlap",
            ["Input.Severity"] = "High",
            ["Input.Reasoning"] = "BLLĐ 2019 cho phép tổ chức của người lao động tại doanh nghiệp ngoài hệ thống Công đoàn.",
            ["Input.LegalBasis"] = "Điều 170 BLLĐ 2019",
            ["Rows[0].Number"] = "45/2019/QH14",
            ["Rows[0].Provision"] = "Điều 170 khoản 1",
            ["Rows[1].Number"] = "12/2012/QH13",
            ["Rows[1].Provision"] = "dieu-5",
        }));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var url = created.Headers.Location!.ToString();
        var detail = await client.GetStringAsync(url);
        detail.ShouldContain("45/2019/QH14</strong>, khoản 1 Điều 170");
        detail.ShouldContain("12/2012/QH13</strong>, Điều 5");
        detail.ShouldContain("Mới mở");

        var confirmed = await client.PostAsync(url + "?handler=Transition", Form(detail, new()
        {
            ["rowVersion"] = RowVersion().Match(detail).Groups[1].Value,
            ["transition"] = "Confirm",
            ["note"] = "Cần kiến nghị sửa Luật Công đoàn.",
        }));
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync(url)).ShouldContain("fnd-status-confirmed");
        (await client.GetStringAsync("/findings?status=Confirmed")).ShouldContain("Quyền thành lập tổ chức đại diện người lao động");
    }

    [Fact]
    public async Task FindingDetails_Reviewer_SeesNoDecisionButtonsAndConfirmIsRefused()
    {
        var admin = await AdminAsync();
        var suggestions = await admin.GetStringAsync("/findings/suggestions");
        suggestions.ShouldContain("84/2015/QH13 dẫn chiếu 10/2012/QH13 đã bị thay thế bởi 45/2019/QH14");
        var key = SuggestionKey().Matches(suggestions).Select(m => m.Groups[1].Value).First(k => k.Contains(":10/2012/QH13:", StringComparison.Ordinal));

        var fromSuggestion = await admin.PostAsync("/findings/suggestions?handler=Create", Form(suggestions, new() { ["key"] = key }));
        fromSuggestion.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = fromSuggestion.Headers.Location!.ToString();

        var reviewer = factory.CreateBrowserlessClient();
        (await WebSession.LoginAsync(reviewer, FindingsWebFactory.ReviewerName, FindingsWebFactory.ReviewerPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = await reviewer.GetStringAsync(url);
        detail.ShouldContain("chờ lãnh đạo rà soát");
        detail.ShouldNotContain("name=\"transition\"");
        var refused = await reviewer.PostAsync(url + "?handler=Transition", Form(detail, new()
        {
            ["rowVersion"] = RowVersion().Match(detail).Groups[1].Value,
            ["transition"] = "Confirm",
        }));
        // Forbid() on a cookie session shows the access-denied page.
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await admin.GetStringAsync(url)).ShouldContain("Mới mở");
        (await admin.GetStringAsync("/findings/suggestions")).ShouldContain("Đã tạo phát hiện từ gợi ý này.");
    }

    [Fact]
    public async Task ProblemsRegister_RecordedProblem_ConvertsToFinding()
    {
        var client = await AdminAsync();
        var register = await client.GetStringAsync("/problems");
        var recorded = await client.PostAsync("/problems", Form(register, new()
        {
            ["Input.SourceKind"] = "TradeUnion",
            ["Input.SourceName"] = "Liên đoàn Lao động tỉnh",
            ["Input.ReportedOn"] = "2025-02-14",
            ["Input.Description"] = "Doanh nghiệp không rõ trách nhiệm huấn luyện an toàn cho lao động thuê lại.",
            ["Rows[0].Number"] = "84/2015/QH13",
            ["Rows[0].Provision"] = "Điều 14",
        }));
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect, await recorded.Content.ReadAsStringAsync());
        var url = recorded.Headers.Location!.ToString();
        var detail = await client.GetStringAsync(url);
        detail.ShouldContain("Liên đoàn Lao động tỉnh");

        var converted = await client.PostAsync(url + "?handler=Convert", Form(detail, new()
        {
            ["rowVersion"] = RowVersion().Match(detail).Groups[1].Value,
            ["title"] = "Huấn luyện an toàn cho lao động thuê lại",
            ["type"] = "MissingGuidance",
            ["severity"] = "Medium",
            ["Rows[0].Number"] = "45/2019/QH14",
            ["Rows[0].Provision"] = "Điều 57",
        }));

        converted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await converted.Content.ReadAsStringAsync());
        var finding = await client.GetStringAsync(converted.Headers.Location!.ToString());
        finding.ShouldContain("Liên đoàn Lao động tỉnh");
        (await client.GetStringAsync(url)).ShouldContain("Đã chuyển thành");
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        return client;
    }

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"VersionId\" value=\"(\\d+)\"")]
    private static partial Regex VersionId();

    [GeneratedRegex("name=\"rowVersion\" value=\"(\\d+)\"")]
    private static partial Regex RowVersion();

    [GeneratedRegex("name=\"key\" value=\"([^\"]+)\"")]
    private static partial Regex SuggestionKey();

    [GeneratedRegex("<span class=\"muted\">(\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d)</span>")]
    private static partial Regex AnnotationTime();
}
