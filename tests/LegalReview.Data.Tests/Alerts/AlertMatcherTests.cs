using LegalReview.Data.Alerts;
using LegalReview.Data.Crawling;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Data.Tests.Alerts;

/// <summary>The matcher over real imports: Luật BHYT 25/2008/QH12 amended by 46/2014/QH13.</summary>
public sealed class AlertMatcherTests
{
    private const string BhytBase = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt";
    private const string BhytAmending = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_AmendingLawImported_OneNotificationPerWatchWithChangedProvisions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var baseDoc = await database.ImportSampleAsync(BhytBase);
        var (documentWatch, searchWatch) = await WatchAsync(database, baseDoc.DocumentId!.Value, "bảo hiểm y tế học sinh");
        await RunAsync(database);

        await using (var db = database.Context()) await db.AlertNotifications.ExecuteDeleteAsync();
        await database.ImportSampleAsync(BhytAmending);
        var result = await RunAsync(database);

        result.Events.ShouldBe(1);
        await using var check = database.Context();
        var notes = await check.AlertNotifications.ToListAsync();
        notes.Count(n => n.WatchId == documentWatch).ShouldBe(1);
        notes.Count(n => n.WatchId == searchWatch).ShouldBe(1);
        var doc = notes.Single(n => n.WatchId == documentWatch);
        doc.DocumentId.ShouldBe(baseDoc.DocumentId);
        doc.Title.ShouldContain("46/2014/QH13");
        doc.ProvisionIds.ShouldContain("dieu-7a");
        doc.SnippetHtml.ShouldContain("<ins>");
        var search = notes.Single(n => n.WatchId == searchWatch);
        search.Reason.ShouldContain("bảo hiểm y tế học sinh");
        search.Reason.ShouldContain("Điều 12", Case.Sensitive, search.Reason + "\n" + doc.ProvisionIds);
        search.SnippetHtml.ShouldContain("học sinh");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_RunTwice_SecondRunCreatesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var baseDoc = await database.ImportSampleAsync(BhytBase);
        await WatchAsync(database, baseDoc.DocumentId!.Value, "bao hiem y te hoc sinh");
        await database.ImportSampleAsync(BhytAmending);

        var first = await RunAsync(database);
        var second = await RunAsync(database);

        first.Notifications.ShouldBeGreaterThan(0);
        second.Events.ShouldBe(0);
        second.Notifications.ShouldBe(0);
        await using var check = database.Context();
        (await check.AlertNotifications.CountAsync()).ShouldBe(first.Notifications);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_NewAdminAlert_NotifiesEachAdministratorOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Context())
        {
            var user = new IdentityUser("admin") { Id = "u-admin", Email = "admin@example.test" };
            var role = new IdentityRole(AlertMatcher.AdminRole) { Id = "r-admin" };
            db.Users.Add(user);
            db.Roles.Add(role);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            db.AdminAlerts.Add(new AdminAlert { CreatedAt = database.Time.GetUtcNow(), Origin = "crawl:vbpl", Message = "Nguồn vbpl lỗi 3 lần liên tiếp" });
            await db.SaveChangesAsync();
        }

        var first = await RunAsync(database);
        var second = await RunAsync(database);

        first.AdminNotifications.ShouldBe(1);
        second.AdminNotifications.ShouldBe(0);
        await using var check = database.Context();
        var note = await check.AlertNotifications.SingleAsync();
        note.UserId.ShouldBe("u-admin");
        note.Title.ShouldContain("vbpl");
    }

    internal static async Task<(long DocumentWatch, long SearchWatch)> WatchAsync(TestDatabase database, long documentId, string query)
    {
        await using var db = database.Context();
        if (!await db.Users.AnyAsync(u => u.Id == "u1"))
        {
            db.Users.Add(new IdentityUser("reviewer") { Id = "u1", Email = "reviewer@example.test" });
        }
        var document = new Watch { UserId = "u1", Kind = WatchKind.Document, DocumentId = documentId, Name = "Luật 25/2008/QH12", FeedToken = "t1", CreatedAt = database.Time.GetUtcNow() };
        var search = new Watch { UserId = "u1", Kind = WatchKind.SavedSearch, Query = query, Name = "Tìm: " + query, FeedToken = "t2", CreatedAt = database.Time.GetUtcNow() };
        db.AlertWatches.AddRange(document, search);
        await db.SaveChangesAsync();
        return (document.Id, search.Id);
    }

    internal static async Task<AlertMatchResult> RunAsync(TestDatabase database)
    {
        await using var db = database.Context();
        return await new AlertMatcher(db, new SavedSearchPercolator(), database.Time, NullLogger<AlertMatcher>.Instance)
            .RunAsync(CancellationToken.None);
    }
}
