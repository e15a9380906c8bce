using LegalReview.Core.Documents;
using LegalReview.Data.Alerts;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Alerts;

/// <summary>Provision and neighbour watches over the real Luật BHYT pair.</summary>
public sealed class WatchKindsTests
{
    private const string BhytBase = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt";
    private const string BhytAmending = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt";

    [Fact]
    public async Task RunAsync_ProvisionWatches_OnlyTheAmendedArticleIsNotified()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var baseId = (await database.ImportSampleAsync(BhytBase)).DocumentId!.Value;
        await AlertMatcherTests.RunAsync(database); // the base law's own event is behind the cursor before watching
        long amended, untouched;
        await using (var db = database.Context())
        {
            var articles = await db.Provisions.Where(p => p.Version!.DocumentId == baseId && p.Kind == ProvisionKind.Article)
                .Select(p => p.StableId).ToListAsync();
            amended = Add(db, baseId, articles.Single(a => a.EndsWith("/dieu-12", StringComparison.Ordinal)));
            untouched = Add(db, baseId, articles.Single(a => a.EndsWith("/dieu-1", StringComparison.Ordinal)));
            await db.SaveChangesAsync();
        }

        await database.ImportSampleAsync(BhytAmending);
        await AlertMatcherTests.RunAsync(database);

        await using var check = database.Context();
        var note = await check.AlertNotifications.SingleAsync(n => n.WatchId == amended);
        note.ProvisionIds.Split(';').ShouldAllBe(id => id.Contains("/dieu-12/"));
        note.SnippetHtml.ShouldContain("Khoản 3 Điều 12");
        (await check.AlertNotifications.AnyAsync(n => n.WatchId == untouched)).ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_NeighbourWatch_NewGuidingRelationFromCrawlNotifiesAmendmentDoesNot()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var baseId = (await database.ImportSampleAsync(BhytBase)).DocumentId!.Value;
        long watchId;
        await using (var db = database.Context())
        {
            var user = await db.Users.AnyAsync(u => u.Id == "u1");
            if (!user) db.Users.Add(new Microsoft.AspNetCore.Identity.IdentityUser("reviewer") { Id = "u1" });
            var watch = new Watch { UserId = "u1", Kind = WatchKind.Neighbours, DocumentId = baseId, Name = "hướng dẫn 25/2008", FeedToken = "n1", CreatedAt = database.Time.GetUtcNow() };
            db.AlertWatches.Add(watch);
            await db.SaveChangesAsync();
            watchId = watch.Id;
        }
        await AlertMatcherTests.RunAsync(database);
        var amendingId = (await database.ImportSampleAsync(BhytAmending)).DocumentId!.Value;
        await AlertMatcherTests.RunAsync(database);
        await using (var db = database.Context())
        {
            (await db.AlertNotifications.CountAsync(n => n.WatchId == watchId)).ShouldBe(0); // amends, not guides
            // A crawl reports a "guides" relation of a stored document, as CrawlIngestionService writes it.
            db.Relations.Add(new DocumentRelation
            {
                SourceDocumentId = amendingId, TargetDocumentId = baseId, TargetNumber = "25/2008/QH12",
                TargetNormalizedNumber = "25/2008/QH12", Type = RelationType.Guides, Origin = RelationOrigin.Crawled,
            });
            db.ChangeEvents.Add(new ChangeEvent
            {
                OccurredAt = database.Time.GetUtcNow(), Kind = ChangeEventKind.NewRelation, DocumentId = amendingId,
                Source = "vbpl", Summary = "Quan hệ mới: hướng dẫn 25/2008/QH12",
            });
            await db.SaveChangesAsync();
        }

        await AlertMatcherTests.RunAsync(database);

        await using var check = database.Context();
        var note = await check.AlertNotifications.SingleAsync(n => n.WatchId == watchId);
        note.Reason.ShouldContain("hướng dẫn");
        note.Title.ShouldBe("Quan hệ mới: hướng dẫn 25/2008/QH12");
    }

    private static long Add(LegalReviewDbContext db, long documentId, string provisionId)
    {
        if (!db.Users.Any(u => u.Id == "u1")) db.Users.Add(new Microsoft.AspNetCore.Identity.IdentityUser("reviewer") { Id = "u1" });
        var watch = new Watch
        {
            UserId = "u1", Kind = WatchKind.Provision, DocumentId = documentId, ProvisionId = provisionId, Name = provisionId,
            FeedToken = "p-" + provisionId, CreatedAt = DateTimeOffset.UnixEpoch,
        };
        db.AlertWatches.Add(watch);
        db.SaveChanges();
        return watch.Id;
    }
}
