using System.Text;
using LegalReview.Data.Importing;
using LegalReview.Web.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Documents;

/// <summary>A new version of a document gets a new body (new cache key); the old version keeps its own.</summary>
public sealed class DocumentBodyVersionTests(LegalReviewWebFactory factory) : IClassFixture<LegalReviewWebFactory>
{
    private const string Law = "laws/luat-cong-doan-2012_12-2012-QH13.txt";

    [Fact]
    public async Task NewVersion_AfterTheOldBodyWasCached_PageShowsTheNewText()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var original = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Samples, Law), Encoding.UTF8);
        var id = await ImportAsync(original, "luat-cong-doan.txt");
        var before = await client.GetStringAsync($"/documents/{id}");
        before.ShouldContain("Luật này quy định về quyền thành lập, gia nhập và hoạt động công đoàn");
        var cache = factory.Services.GetRequiredService<DocumentBodyCache>();
        var entries = cache.Count;

        var changed = original.Replace(
            "Luật này quy định về quyền thành lập, gia nhập và hoạt động công đoàn",
            "Luật này quy định (bản sửa thử) về quyền thành lập, gia nhập và hoạt động công đoàn", StringComparison.Ordinal);
        changed.ShouldNotBe(original);
        (await ImportAsync(changed, "luat-cong-doan-sua.txt")).ShouldBe(id);
        var after = await client.GetStringAsync($"/documents/{id}");
        var old = await client.GetStringAsync($"/documents/{id}?version=1");

        after.ShouldContain("Luật này quy định (bản sửa thử) về quyền thành lập");
        old.ShouldNotContain("(bản sửa thử)");
        old.ShouldContain($"href=\"/documents/{id}/p/chuong-1/dieu-1?version=1\"");
        after.ShouldContain($"href=\"/documents/{id}/p/chuong-1/dieu-1\"");
        cache.Count.ShouldBe(entries + 2);
    }

    private async Task<long> ImportAsync(string text, string fileName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DocumentImportService>()
            .ImportAsync(fileName, Encoding.UTF8.GetBytes(text), "samples/" + Law, CancellationToken.None);
        result.IsRejected.ShouldBeFalse(result.RejectedReason);
        return result.DocumentId!.Value;
    }
}
