using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using LegalReview.Data;
using LegalReview.Data.Annotations;
using LegalReview.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Findings;

/// <summary>
/// Uploading a new version of the Trade Union Law through the upload page queues the re-anchoring job: an annotation
/// on an article the new text drops is marked "provision removed", and still shown on the document page.
/// </summary>
public sealed partial class ReanchorAfterUploadTests : IClassFixture<LegalReviewWebFactory>
{
    private const string Law = "laws/luat-cong-doan-2012_12-2012-QH13.txt";
    private readonly LegalReviewWebFactory _factory;

    public ReanchorAfterUploadTests(LegalReviewWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Upload_NewVersionWithoutTheArticle_AnnotationMarkedRemovedAndListed()
    {
        var client = _factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var original = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Samples, Law), Encoding.UTF8);
        long documentId;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var imported = await scope.ServiceProvider.GetRequiredService<DocumentImportService>()
                .ImportAsync("luat-cong-doan.txt", Encoding.UTF8.GetBytes(original), "samples/" + Law, CancellationToken.None);
            documentId = imported.DocumentId!.Value;
        }

        var page = await client.GetStringAsync($"/documents/{documentId}");
        var created = await client.PostAsync("/annotations?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["DocumentId"] = documentId.ToString(),
            ["VersionId"] = VersionId().Match(page).Groups[1].Value,
            ["StableId"] = "chuong-6/dieu-32",
            ["Quote"] = "Luật Công đoàn năm 1990 hết hiệu lực",
            ["Comment"] = "Kiểm tra văn bản hướng dẫn Luật 1990 còn áp dụng không.",
        }));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var lines = original.Split('\n').ToList();
        var article32 = lines.FindIndex(l => l.Trim().StartsWith("Điều 32.", StringComparison.Ordinal));
        lines.RemoveRange(article32, 3);
        var upload = await client.GetStringAsync("/documents/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(upload).Groups[1].Value)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "Upload", "luat-cong-doan-sua.txt");
        var uploaded = await client.PostAsync("/documents/upload", form);
        uploaded.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);

        // The job runs on the app's Hangfire server; the bound only turns a job that never runs into a failure.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        AnchorStatus status;
        do
        {
            await Task.Delay(200);
            await using var scope = _factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            (await db.DocumentVersions.CountAsync(v => v.DocumentId == documentId)).ShouldBe(2);
            status = await db.Annotations.Where(a => a.DocumentId == documentId).Select(a => a.AnchorStatus).SingleAsync();
        }
        while (status == AnchorStatus.Anchored && DateTime.UtcNow < deadline);

        status.ShouldBe(AnchorStatus.ProvisionRemoved);
        var latest = await client.GetStringAsync($"/documents/{documentId}");
        latest.ShouldContain("Ghi chú cần xem lại (1)");
        latest.ShouldContain("Kiểm tra văn bản hướng dẫn Luật 1990 còn áp dụng không.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"VersionId\" value=\"(\\d+)\"")]
    private static partial Regex VersionId();
}
