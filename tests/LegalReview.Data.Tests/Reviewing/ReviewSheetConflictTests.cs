using LegalReview.Data.Reviewing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Reviewing;

public sealed class ReviewSheetConflictTests
{
    private static readonly ReviewActor Lead = new("truongphong", IsLead: true);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_TwoReviewersFromSameVersion_SecondGetsConflictWithFirstsSheet(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var law = await database.ImportSampleAsync("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt");
        long itemId;
        await using (var db = database.As("truongphong"))
        {
            var item = new ReviewItem { DocumentId = law.DocumentId!.Value, Status = ReviewItemStatus.InProgress, Reason = "Thử" };
            db.ReviewItems.Add(item);
            await db.SaveChangesAsync();
            itemId = item.Id;
            (await new ReviewSheetService(db, database.Time).SaveAsync(itemId, Input("Bản đầu", 0), Lead, default)).Saved.ShouldBeTrue();
        }

        await using var first = database.As("chuyenvien1");
        await using var second = database.As("chuyenvien2");
        var mine = await new ReviewSheetService(first, database.Time)
            .SaveAsync(itemId, Input("Điều 35 của chuyenvien1", 0), new ReviewActor("chuyenvien1", true), default);
        var theirs = await new ReviewSheetService(second, database.Time)
            .SaveAsync(itemId, Input("Điều 36 của chuyenvien2", 0), new ReviewActor("chuyenvien2", true), default);

        mine.Saved.ShouldBeTrue(mine.Error);
        theirs.Saved.ShouldBeFalse();
        theirs.IsConflict.ShouldBeTrue();
        theirs.Error.ShouldNotBeNull().ShouldContain("chuyenvien1");
        theirs.Current.ShouldNotBeNull().BasisDocuments.ShouldBe("Điều 35 của chuyenvien1");
        theirs.Current.RowVersion.ShouldBe(1);

        // Saving again on top of the version now shown is a deliberate overwrite and succeeds; both stay in the trail.
        await using var retry = database.As("chuyenvien2");
        (await new ReviewSheetService(retry, database.Time)
            .SaveAsync(itemId, Input("Điều 36 của chuyenvien2", theirs.Current.RowVersion), new ReviewActor("chuyenvien2", true), default))
            .Saved.ShouldBeTrue();
        await using var check = database.Context();
        var trail = await check.AuditEntries.Where(e => e.EntityType == nameof(ReviewSheet)).OrderBy(e => e.Id).ToListAsync();
        trail.Select(e => e.UserName).ShouldBe(["truongphong", "chuyenvien1", "chuyenvien2"]);
        trail[1].AfterJson.ShouldNotBeNull().ShouldContain("Điều 35 của chuyenvien1");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_ItemNotInProgress_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var law = await database.ImportSampleAsync("laws/luat-cong-doan-2012_12-2012-QH13.txt");
        await using var db = database.As("truongphong");
        var item = new ReviewItem { DocumentId = law.DocumentId!.Value, Status = ReviewItemStatus.Submitted, Reason = "Thử" };
        db.ReviewItems.Add(item);
        await db.SaveChangesAsync();

        var result = await new ReviewSheetService(db, database.Time).SaveAsync(item.Id, Input("x", 0), Lead, default);

        result.Saved.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain("Chờ duyệt");
        (await db.ReviewSheets.CountAsync()).ShouldBe(0);
    }

    private static ReviewSheetInput Input(string basis, int rowVersion) => new(
        "Phòng Nghiệp vụ I", basis, Core.Documents.Validity.InForce, "Còn phù hợp", ReviewRecommendation.Keep, "Quốc hội",
        [new ReviewSheetRowInput(null, "Khoản 1 Điều 35", "Điều 5", ReviewAssessment.Unsuitable, "Lý do", ReviewRecommendation.AmendSupplement)],
        rowVersion);
}
