using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LegalReview.Web.Importing;

namespace LegalReview.Web.Tests;

/// <summary>After the first-start sample import: the list, the document page, provision anchors, versions, upload.</summary>
public sealed partial class SampleCorpusPagesTests(SampleCorpusWebFactory factory) : IClassFixture<SampleCorpusWebFactory>
{
    [Fact]
    public void FirstStart_SampleImportJob_CompletesWithoutRejections()
    {
        var state = factory.ImportTracker.Current;

        state.Phase.ShouldBe(SampleImportPhase.Completed, state.Error);
        state.Progress!.Rejected.ShouldBe(0);
        state.Progress.Imported.ShouldBeGreaterThanOrEqualTo(18);
    }

    [Fact]
    public async Task DocumentList_AfterSampleImport_ShowsLabourCode()
    {
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync("/documents?sort=number&desc=false");

        html.ShouldContain("45/2019/QH14");
        html.ShouldContain("Đã nhập bộ văn bản mẫu");
    }

    [Fact]
    public async Task DocumentList_FilterByIssuerAndSortByTitle_ShowsOnlyMatchingRows()
    {
        var client = await AdminClientAsync();

        var all = await client.GetStringAsync("/documents");
        var none = await client.GetStringAsync("/documents?issuer=Ch%C3%ADnh%20ph%E1%BB%A7&sort=title&desc=false");

        all.ShouldContain("45/2019/QH14");
        none.ShouldContain("Chưa có văn bản nào phù hợp.");
    }

    [Fact]
    public async Task DocumentPage_LabourCode_HasAnchorsForArticle35Clause1()
    {
        var client = await AdminClientAsync();
        var id = await LabourCodeIdAsync(client);

        var html = await client.GetStringAsync($"/documents/{id}");

        html.ShouldContain("id=\"chuong-3/dieu-35/khoan-1\"");
        html.ShouldContain("id=\"dieu-35/khoan-1\"");
        html.ShouldContain("id=\"dieu-35\"");
        html.ShouldContain("Căn cứ Hiến pháp");
        html.ShouldContain("href=\"#chuong-3/dieu-35\"");
    }

    [Theory]
    [InlineData("/p/dieu-35/khoan-1", "#dieu-35/khoan-1")]
    [InlineData("/p/chuong-3/dieu-35/khoan-1", "#chuong-3/dieu-35/khoan-1")]
    [InlineData("/go?dieu=35&khoan=1", "#dieu-35/khoan-1")]
    public async Task ShortLinks_ToArticle35Clause1_RedirectToItsAnchor(string link, string fragment)
    {
        var client = await AdminClientAsync();
        var id = await LabourCodeIdAsync(client);

        var response = await client.GetAsync($"/documents/{id}{link}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/documents/{id}{fragment}");
    }

    [Fact]
    public async Task DocumentPage_UnknownVersionOrDocument_Returns404()
    {
        var client = await AdminClientAsync();
        var id = await LabourCodeIdAsync(client);

        (await client.GetAsync($"/documents/{id}?version=99")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/documents/987654")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/documents/{id}?version=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Upload_SameLabourCodeText_ReportsUnchanged()
    {
        var client = await AdminClientAsync();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Samples, "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt"));

        var html = await UploadAsync(client, "bllđ.txt", bytes);

        html.ShouldContain("Nội dung trùng với phiên bản 1");
        html.ShouldContain("45/2019/QH14");
    }

    [Fact]
    public async Task Upload_NewsArticle_ShowsClearRejection()
    {
        var client = await AdminClientAsync();
        var news = Encoding.UTF8.GetBytes("Hà Nội mưa lớn chiều nay\nNhiều tuyến phố ngập sâu, giao thông ùn tắc.");

        var html = await UploadAsync(client, "tin-tuc.txt", news);

        html.ShouldContain("Không nhập được tệp:");
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        return client;
    }

    private static async Task<string> UploadAsync(HttpClient client, string fileName, byte[] bytes)
    {
        var token = await WebSession.AntiforgeryTokenAsync(client, "/documents/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "Upload", fileName },
        };
        var response = await client.PostAsync("/documents/upload", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> LabourCodeIdAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/documents?sort=number");
        var id = LabourCodeLink().Match(html).Groups[1].Value;
        id.ShouldNotBeNullOrEmpty();
        return id;
    }

    [GeneratedRegex("href=\"/documents/(\\d+)\">45/2019/QH14")]
    private static partial Regex LabourCodeLink();
}
