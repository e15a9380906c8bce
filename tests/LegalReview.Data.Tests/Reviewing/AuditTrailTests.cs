using System.Text.Json;
using LegalReview.Data.Auditing;
using LegalReview.Data.Reviewing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Reviewing;

public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_ModifiedCampaign_WritesBeforeAfterAndIncrementsRowVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        long id;
        await using (var db = database.As("lead1"))
        {
            var campaign = NewCampaign();
            db.ReviewCampaigns.Add(campaign);
            await db.SaveChangesAsync();
            id = campaign.Id;
        }

        database.Time.Advance(TimeSpan.FromHours(1));
        await using (var db = database.As("reviewer1"))
        {
            var campaign = await db.ReviewCampaigns.SingleAsync(c => c.Id == id);
            campaign.Name = "Rà soát quyền của người lao động 2026 (bổ sung)";
            await db.SaveChangesAsync();
            campaign.RowVersion.ShouldBe(1);
        }

        await using var check = database.Context();
        var trail = await check.AuditEntries
            .Where(e => e.EntityType == nameof(ReviewCampaign) && e.EntityId == id.ToString())
            .OrderBy(e => e.Id).ToListAsync();
        trail.Select(e => e.Action).ShouldBe([AuditAction.Added, AuditAction.Modified]);
        trail[0].UserName.ShouldBe("lead1");
        trail[0].BeforeJson.ShouldBeNull();
        JsonDocument.Parse(trail[0].AfterJson!).RootElement.GetProperty("Id").GetInt64().ShouldBe(id);
        var modified = trail[1];
        modified.UserName.ShouldBe("reviewer1");
        modified.Timestamp.ShouldBe(database.Time.GetUtcNow());
        JsonDocument.Parse(modified.BeforeJson!).RootElement.GetProperty("Name").GetString()
            .ShouldBe("Rà soát quyền của người lao động 2026");
        JsonDocument.Parse(modified.AfterJson!).RootElement.GetProperty("Name").GetString()
            .ShouldBe("Rà soát quyền của người lao động 2026 (bổ sung)");
        modified.AfterJson!.ShouldNotContain("CutoffDate"); // only what changed
        (await check.ReviewCampaigns.SingleAsync(c => c.Id == id)).RowVersion.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_StaleRowVersion_ThrowsConcurrencyAndKeepsFirstSave(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        long id;
        await using (var db = database.As("lead1"))
        {
            var campaign = NewCampaign();
            db.ReviewCampaigns.Add(campaign);
            await db.SaveChangesAsync();
            id = campaign.Id;
        }

        await using var first = database.As("reviewer1");
        await using var second = database.As("reviewer2");
        var mine = await first.ReviewCampaigns.SingleAsync(c => c.Id == id);
        var theirs = await second.ReviewCampaigns.SingleAsync(c => c.Id == id);
        mine.Description = "Bản của reviewer1";
        await first.SaveChangesAsync();

        theirs.Description = "Bản của reviewer2";
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.Context();
        (await check.ReviewCampaigns.SingleAsync(c => c.Id == id)).Description.ShouldBe("Bản của reviewer1");
        (await check.AuditEntries.CountAsync(e => e.Action == AuditAction.Modified)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_DeletedCampaign_KeepsItsLastValuesInTheTrail(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.As("admin");
        var campaign = NewCampaign();
        db.ReviewCampaigns.Add(campaign);
        await db.SaveChangesAsync();

        db.ReviewCampaigns.Remove(campaign);
        await db.SaveChangesAsync();

        var deleted = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Deleted);
        deleted.EntityId.ShouldBe(campaign.Id.ToString());
        deleted.AfterJson.ShouldBeNull();
        JsonDocument.Parse(deleted.BeforeJson!).RootElement.GetProperty("ScopeKind").GetString().ShouldBe("Filters");
    }

    private static ReviewCampaign NewCampaign() => new()
    {
        Name = "Rà soát quyền của người lao động 2026",
        CutoffDate = new DateOnly(2025, 12, 31),
        ScopeKind = CampaignScopeKind.Filters,
        Assignees = "reviewer1;reviewer2",
        CreatedBy = "lead1",
    };
}
