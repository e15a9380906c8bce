using LegalReview.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Security;

/// <summary>Path traversal in upload file names: only the bare name is kept and nothing is written outside the database.</summary>
public sealed class UploadPathTests(LegalReviewWebFactory factory) : IClassFixture<LegalReviewWebFactory>
{
    [Theory]
    [InlineData("../../../../tmp/legalreview-evil-upload/luat-cong-doan.txt")]
    [InlineData("/tmp/legalreview-evil-upload/luat-cong-doan.txt")]
    public async Task Upload_FileNameWithTraversal_StoresBareNameAndWritesNoFile(string fileName)
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Samples, "laws", "luat-cong-doan-2012_12-2012-QH13.txt"));
        var token = await WebSession.AntiforgeryTokenAsync(client, "/documents/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "Upload", fileName },
        };

        var html = await (await client.PostAsync("/documents/upload", form)).Content.ReadAsStringAsync();

        html.ShouldContain("12/2012/QH13");
        await using var scope = factory.Services.CreateAsyncScope();
        var names = await scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>().DocumentVersions.Select(v => v.FileName).ToListAsync();
        names.ShouldAllBe(n => n == "luat-cong-doan.txt");
        Directory.Exists("/tmp/legalreview-evil-upload").ShouldBeFalse();
    }
}
