using LegalReview.Data;
using LegalReview.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.BadInput;

/// <summary>The app with the Labour Code imported, so pages that need a document have one; counts rows for "unchanged data".</summary>
public sealed class BadInputFactory : LegalReviewWebFactory, IAsyncLifetime
{
    public long LabourCodeId { get; private set; }

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var path = Path.Combine(RepoPaths.Samples, "laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt");
        var result = await scope.ServiceProvider.GetRequiredService<DocumentImportService>()
            .ImportAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path), "samples/laws", CancellationToken.None);
        LabourCodeId = result.DocumentId ?? throw new InvalidOperationException(result.RejectedReason);
    }

    /// <summary>Documents, versions, provisions, change events and users: what a bad request must not touch.</summary>
    public async Task<string> CountsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
        return $"documents={await db.Documents.CountAsync()} versions={await db.DocumentVersions.CountAsync()} "
            + $"provisions={await db.Provisions.CountAsync()} events={await db.ChangeEvents.CountAsync()} users={await db.Users.CountAsync()}";
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
