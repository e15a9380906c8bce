using System.Text;
using LegalReview.Data.Reviewing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Reviewing;

public sealed class TriggeredReviewTests
{
    private const string BhytBase = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt";
    private const string BhytAmending = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProcessPendingAsync_AmendingLawAfterBase_OpensItemOnBaseWithReason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var baseDoc = await database.ImportSampleAsync(BhytBase);
        await using (var db = database.Context())
        {
            (await new ReviewServices(database, db).Triggers.ProcessPendingAsync(CancellationToken.None)).ShouldBe(0);
        }

        var amending = await database.ImportSampleAsync(BhytAmending);
        await using var context = database.Context();
        var opened = await new ReviewServices(database, context).Triggers.ProcessPendingAsync(CancellationToken.None);

        opened.ShouldBe(1);
        var item = await context.ReviewItems.SingleAsync();
        item.DocumentId.ShouldBe(baseDoc.DocumentId!.Value);
        item.TriggerDocumentId.ShouldBe(amending.DocumentId);
        item.CampaignId.ShouldBeNull();
        item.Status.ShouldBe(ReviewItemStatus.Pending);
        item.Reason.ShouldContain("46/2014/QH13");
        item.Reason.ShouldContain("sửa đổi");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProcessPendingAsync_RunTwice_OpensNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(BhytBase);
        await database.ImportSampleAsync(BhytAmending);
        await using var context = database.Context();
        var services = new ReviewServices(database, context);

        (await services.Triggers.ProcessPendingAsync(CancellationToken.None)).ShouldBe(1);
        (await services.Triggers.ProcessPendingAsync(CancellationToken.None)).ShouldBe(0);
        (await context.ReviewItems.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProcessPendingAsync_BaseArrivesAfterAmendingLaw_StillOpensItemOnBase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var amending = await database.ImportSampleAsync(BhytAmending);
        await using (var db = database.Context())
        {
            (await new ReviewServices(database, db).Triggers.ProcessPendingAsync(CancellationToken.None)).ShouldBe(0);
        }

        var baseDoc = await database.ImportSampleAsync(BhytBase);
        await using var context = database.Context();
        (await new ReviewServices(database, context).Triggers.ProcessPendingAsync(CancellationToken.None)).ShouldBe(1);

        var item = await context.ReviewItems.SingleAsync();
        item.DocumentId.ShouldBe(baseDoc.DocumentId!.Value);
        item.TriggerDocumentId.ShouldBe(amending.DocumentId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProcessPendingAsync_DecreeCitingAmendedLaw_OpensItemOnDecreeToo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var baseDoc = await database.ImportSampleAsync(BhytBase);
        var decree = await ImportDecreeCitingBhytAsync(database);
        decree.IsRejected.ShouldBeFalse(decree.RejectedReason);
        await database.ImportSampleAsync(BhytAmending);

        await using var context = database.Context();
        await new ReviewServices(database, context).Triggers.ProcessPendingAsync(CancellationToken.None);

        var items = await context.ReviewItems.OrderBy(i => i.Id).ToListAsync();
        items.Select(i => i.DocumentId).ShouldBe([baseDoc.DocumentId!.Value, decree.DocumentId!.Value], ignoreOrder: true);
        var onDecree = items.Single(i => i.DocumentId == decree.DocumentId);
        onDecree.Reason.ShouldContain("căn cứ vào");
        onDecree.Reason.ShouldContain("25/2008/QH12");
        onDecree.Reason.ShouldContain("46/2014/QH13");
    }

    /// <summary>
    /// A short implementing decree whose preamble cites the health insurance law: the samples hold laws only, whose
    /// "Căn cứ" lines cite the Constitution, so the second graph rule needs a citing document of its own.
    /// </summary>
    private static async Task<Importing.ImportResult> ImportDecreeCitingBhytAsync(TestDatabase database)
    {
        const string text = """
            CHÍNH PHỦ
            Số: 62/2009/NĐ-CP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            NGHỊ ĐỊNH
            Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế

            Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;
            Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008;
            Xét đề nghị của Bộ trưởng Bộ Y tế,

            Chương I
            NHỮNG QUY ĐỊNH CHUNG

            Điều 1. Phạm vi điều chỉnh
            Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế.
            """;
        await using var db = database.Context();
        return await database.Importer(db).ImportAsync(
            "nd-62-2009.txt", Encoding.UTF8.GetBytes(text), "tests/decree", CancellationToken.None);
    }
}
