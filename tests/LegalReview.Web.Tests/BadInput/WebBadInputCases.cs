using System.Net;
using System.Text;

namespace LegalReview.Web.Tests.BadInput;

/// <summary>One bad request: what is sent, the status expected and the clear message the page must show.</summary>
internal sealed record WebBadInputCase(
    string Id, Func<HttpClient, long, Task<HttpResponseMessage>> Send, HttpStatusCode Status, string Message);

/// <summary>The catalog of bad web input (docs/bad-input.md lists each by its id).</summary>
internal static class WebBadInputCases
{
    private static readonly string LabourCode = Path.Combine(RepoPaths.Samples, "laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt");

    public static readonly IReadOnlyList<WebBadInputCase> All =
    [
        // Uploads
        new("upload-empty-file", (c, _) => Upload(c, "rong.txt", []), HttpStatusCode.OK, "Vui lòng chọn một tệp không rỗng"),
        new("upload-no-file", (c, _) => Upload(c, null, null), HttpStatusCode.OK, "Vui lòng chọn một tệp không rỗng"),
        new("upload-executable", (c, _) => Upload(c, "setup.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), HttpStatusCode.OK, "Không nhập được tệp:"),
        new("upload-binary-as-txt", (c, _) => Upload(c, "van-ban.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray()), HttpStatusCode.OK, "Không nhập được tệp:"),
        new("upload-legacy-doc", (c, _) => Upload(c, "van-ban.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]), HttpStatusCode.OK, ".docx"),
        new("upload-truncated-docx", (c, _) => Upload(c, "cat-ngan.docx", File.ReadAllBytes(Fixture("truncated.docx"))), HttpStatusCode.OK, "Không nhập được tệp:"),
        new("upload-zip-without-document", (c, _) => Upload(c, "nen.docx", File.ReadAllBytes(Fixture("zip-without-document.docx"))), HttpStatusCode.OK, "Không nhập được tệp:"),
        new("upload-truncated-pdf", (c, _) => Upload(c, "cat-ngan.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog")), HttpStatusCode.OK, "Không nhập được tệp:"),
        new("upload-news-article-html", (c, _) => Upload(c, "tin-tuc.html", File.ReadAllBytes(Fixture("news-article.html"))), HttpStatusCode.OK, "Không nhập được tệp:"),
        new("upload-over-50-mb", (c, _) => Upload(c, "qua-lon.txt", new byte[(50 * 1024 * 1024) + 10]), HttpStatusCode.OK, "giới hạn là 50 MB"),
        new("upload-over-request-limit-60-mb", (c, _) => Upload(c, "rat-lon.pdf", new byte[60 * 1024 * 1024]), HttpStatusCode.BadRequest, "tệp vượt quá giới hạn 50 MB"),
        new("upload-path-traversal-name-duplicate", (c, _) => Upload(c, "../../../../tmp/evil/bo-luat.txt", File.ReadAllBytes(LabourCode)), HttpStatusCode.OK, "Nội dung trùng với phiên bản 1"),
        // Pages and queries
        new("document-id-not-a-number", (c, _) => c.GetAsync("/documents/abc"), HttpStatusCode.NotFound, "Không tìm thấy"),
        new("document-id-unknown", (c, _) => c.GetAsync("/documents/9999999"), HttpStatusCode.NotFound, "Không tìm thấy"),
        new("document-version-negative", (c, id) => c.GetAsync($"/documents/{id}?version=-1"), HttpStatusCode.NotFound, "Không tìm thấy"),
        new("document-asof-not-a-date", (c, id) => c.GetAsync($"/documents/{id}?asOf=30-02-2024"), HttpStatusCode.OK, "45/2019/QH14"),
        new("document-list-page-negative", (c, _) => c.GetAsync("/documents?page=-5"), HttpStatusCode.OK, "45/2019/QH14"),
        new("document-list-unknown-sort", (c, _) => c.GetAsync("/documents?sort=drop%20table&desc=maybe"), HttpStatusCode.OK, "45/2019/QH14"),
        new("goto-article-not-a-number", (c, id) => c.GetAsync($"/documents/{id}/go?dieu=abc"), HttpStatusCode.Redirect, ""),
        new("timeline-provision-traversal", (c, id) => c.GetAsync($"/documents/{id}/timeline?p=..%2F..%2Fetc%2Fpasswd"), HttpStatusCode.OK, "(Chưa có hoặc không còn đơn vị này.)"),
        new("search-query-10000-chars", (c, _) => c.GetAsync("/search?q=" + new string('a', 10_000)), HttpStatusCode.OK, "quá dài"),
        new("search-unbalanced-quote", (c, _) => c.GetAsync("/search?q=" + Uri.EscapeDataString("\"hợp đồng")), HttpStatusCode.OK, "ngoặc kép"),
        new("search-asof-not-a-date", (c, _) => c.GetAsync("/search?q=lao+dong&asOf=2024-13-45"), HttpStatusCode.OK, "ngày phải có dạng YYYY-MM-DD"),
        new("search-page-huge", (c, _) => c.GetAsync("/search?q=lao+dong&page=99999999"), HttpStatusCode.OK, "kết quả"),
        new("search-only-operators", (c, _) => c.GetAsync("/search?q=" + Uri.EscapeDataString("AND OR NOT ***")), HttpStatusCode.OK, "Tìm kiếm"),
        new("compare-one-side-only", (c, id) => c.GetAsync($"/compare?a={id}"), HttpStatusCode.OK, "Hãy chọn cả hai văn bản"),
        new("compare-key-not-a-number", (c, id) => c.GetAsync($"/compare?a=abc&b={id}"), HttpStatusCode.OK, "Không tìm thấy văn bản hoặc phiên bản đã chọn."),
        new("compare-unknown-version", (c, id) => c.GetAsync($"/compare?a={id}-99&b={id}-1"), HttpStatusCode.OK, "Không tìm thấy văn bản hoặc phiên bản đã chọn."),
        // Forms
        new("login-empty-fields", (c, _) => Login(c, "", ""), HttpStatusCode.OK, "Vui lòng nhập tên đăng nhập và mật khẩu."),
        new("login-10000-char-user-name", (c, _) => Login(c, new string('x', 10_000), "x"), HttpStatusCode.OK, "Tên đăng nhập hoặc mật khẩu không đúng."),
        new("login-return-url-other-site", (c, _) => Login(c, "admin", LegalReviewWebFactory.AdminPassword, "https://evil.example/steal"), HttpStatusCode.Redirect, ""),
        new("sources-run-unknown-source", (c, _) => PostForm(c, "/sources", "/sources?handler=RunNow", new() { ["id"] = "no-such-source" }), HttpStatusCode.NotFound, ""),
        new("sources-cron-invalid", (c, _) => PostForm(c, "/sources", "/sources?handler=Cron", new() { ["id"] = "vbpl-tw", ["cron"] = "every day at noon" }), HttpStatusCode.OK, "Biểu thức cron không hợp lệ"),
        new("sources-cron-unknown-source", (c, _) => PostForm(c, "/sources", "/sources?handler=Cron", new() { ["id"] = "no-such-source", ["cron"] = "0 2 * * *" }), HttpStatusCode.OK, "Không có nguồn này."),
    ];

    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "fixtures", "bad-input", name);

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string? fileName, byte[]? bytes)
    {
        var token = await WebSession.AntiforgeryTokenAsync(client, "/documents/upload");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (fileName is not null)
            form.Add(new ByteArrayContent(bytes!), "Upload", fileName);
        return await client.PostAsync("/documents/upload", form);
    }

    private static async Task<HttpResponseMessage> Login(HttpClient client, string user, string password, string? returnUrl = null)
    {
        var fresh = client; // the login page is anonymous; the admin cookie does not matter for these cases
        var token = await WebSession.AntiforgeryTokenAsync(fresh, "/Account/Login");
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = user, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        };
        if (returnUrl is not null) fields["ReturnUrl"] = returnUrl;
        return await fresh.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> PostForm(HttpClient client, string page, string target, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await WebSession.AntiforgeryTokenAsync(client, page);
        var response = await client.PostAsync(target, new FormUrlEncodedContent(fields));
        // Post-redirect-get: the message is shown on the page the form redirects to.
        return response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetAsync(response.Headers.Location)
            : response;
    }
}
