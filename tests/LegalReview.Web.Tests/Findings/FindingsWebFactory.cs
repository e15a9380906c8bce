using LegalReview.Data.Importing;
using LegalReview.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Findings;

/// <summary>The app with three real labour laws imported and a reviewer account (role Reviewer).</summary>
public sealed class FindingsWebFactory : LegalReviewWebFactory, IAsyncLifetime
{
    public const string ReviewerName = "reviewer1";
    public const string ReviewerPassword = "Reviewer-Passw0rd!";

    public IReadOnlyDictionary<string, long> DocumentIds { get; private set; } = new Dictionary<string, long>();

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
        var ids = new Dictionary<string, long>();
        foreach (var file in new[]
                 {
                     "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt", "laws/luat-cong-doan-2012_12-2012-QH13.txt",
                     "laws/docx/luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx",
                 })
        {
            var path = Path.Combine(RepoPaths.Samples, file);
            var result = await importer.ImportAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path), "samples/" + file, CancellationToken.None);
            result.IsRejected.ShouldBeFalse(result.RejectedReason);
            ids[result.DocumentNumber!] = result.DocumentId!.Value;
        }

        DocumentIds = ids;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var reviewer = new IdentityUser(ReviewerName);
        (await users.CreateAsync(reviewer, ReviewerPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(reviewer, Roles.Reviewer)).Succeeded.ShouldBeTrue();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
