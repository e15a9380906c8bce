using System.Text;
using LegalReview.Data.Annotations;
using LegalReview.Data.Importing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Findings;

/// <summary>
/// Annotations on the Trade Union Law 12/2012/QH13 survive a new version: unchanged, loosened (typo), renumbered,
/// changed and removed provisions each end in the right anchor status, and no annotation is lost.
/// </summary>
public sealed class AnnotationReanchorTests
{
    private const string TradeUnionLaw = "laws/luat-cong-doan-2012_12-2012-QH13.txt";
    private const string Number = "12/2012/QH13";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ProcessPendingAsync_NewVersion_ReanchorsMarksChangedAndRemovedNeverDeletes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(TradeUnionLaw);
        long unchanged, loosened, renumbered, changed, removed;
        await using (var db = database.Context())
        {
            var s = new ReviewServices(database, db);
            unchanged = await AnnotateAsync(s, "dieu-1", "tổ chức chính trị - xã hội rộng lớn của giai cấp công nhân");
            loosened = await AnnotateAsync(s, "dieu-2", "quyền thành lập, gia nhập và hoạt động công đoàn");
            renumbered = await AnnotateAsync(s, "dieu-33", "hướng dẫn thi hành các điều, khoản được giao");
            changed = await AnnotateAsync(s, "dieu-31/khoan-1", "tùy theo tính chất, mức độ vi phạm");
            removed = await AnnotateAsync(s, "dieu-32", "Luật Công đoàn năm 1990 hết hiệu lực");
        }

        var original = await File.ReadAllTextAsync(RepoPaths.Sample(TradeUnionLaw), Encoding.UTF8);
        var lines = original.Split('\n').ToList();
        var article32 = lines.FindIndex(l => l.Trim().StartsWith("Điều 32.", StringComparison.Ordinal));
        lines.RemoveRange(article32, 3); // Điều 32 and its two lines: the article is gone
        var text = string.Join('\n', lines)
            .Replace("Điều 33. Quy định chi tiết", "Điều 34. Quy định chi tiết", StringComparison.Ordinal)
            .Replace("quyền thành lập, gia nhập và hoạt động công đoàn của người lao động", "quyền thành lập, gia nhâp và hoạt động công đoàn của người lao động", StringComparison.Ordinal)
            .Replace("tùy theo tính chất, mức độ vi phạm", "căn cứ hậu quả gây ra", StringComparison.Ordinal);
        text.ShouldNotContain("Luật Công đoàn năm 1990");
        text.ShouldContain("gia nhâp");
        await using (var db = database.Context())
        {
            database.Time.Advance(TimeSpan.FromDays(1));
            var result = await database.Importer(db).ImportAsync("luat-cong-doan-2012.txt", Encoding.UTF8.GetBytes(text), "test/changed", CancellationToken.None);
            result.Status.ShouldBe(ImportStatus.NewVersion, result.RejectedReason);
        }

        await using (var db = database.Context())
        {
            var report = await new ReviewServices(database, db).Reanchor.ProcessPendingAsync(CancellationToken.None);
            report.ShouldBe(new ReanchorReport(1, 1, 2, 1, 1));
        }

        await using var read = database.Context();
        var v2 = await read.DocumentVersions.Where(v => v.VersionNumber == 2).Select(v => v.Id).SingleAsync();
        var all = await read.Annotations.ToDictionaryAsync(a => a.Id);
        all.Count.ShouldBe(5);
        all[unchanged].AnchorStatus.ShouldBe(AnchorStatus.Anchored);
        all[unchanged].VersionId.ShouldBe(v2);
        all[loosened].AnchorStatus.ShouldBe(AnchorStatus.ReAnchored);
        all[loosened].QuotedText.ShouldBe("quyền thành lập, gia nhâp và hoạt động công đoàn");
        all[loosened].OriginalQuotedText.ShouldBe("quyền thành lập, gia nhập và hoạt động công đoàn");
        all[renumbered].AnchorStatus.ShouldBe(AnchorStatus.ReAnchored);
        all[renumbered].StableId.ShouldEndWith("dieu-34");
        all[renumbered].OriginalStableId.ShouldEndWith("dieu-33");
        all[renumbered].AnchorNote!.ShouldContain("đánh số lại");
        all[changed].AnchorStatus.ShouldBe(AnchorStatus.ProvisionChanged);
        all[changed].VersionId.ShouldNotBe(v2);
        all[removed].AnchorStatus.ShouldBe(AnchorStatus.ProvisionRemoved);
        all[removed].QuotedText.ShouldBe("Luật Công đoàn năm 1990 hết hiệu lực");

        // The cursor moved past the event: a second run touches nothing.
        var again = await new ReviewServices(database, read).Reanchor.ProcessPendingAsync(CancellationToken.None);
        again.Events.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_QuoteNotInProvision_RefusedWithReason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(TradeUnionLaw);
        await using var db = database.Context();
        var s = new ReviewServices(database, db);
        var p = await s.ProvisionAsync(Number, "dieu-1");

        var (annotation, error) = await s.Annotations.CreateAsync(
            new NewAnnotation(p.DocumentId, p.VersionId, p.StableId, "bảo hiểm thất nghiệp", null, null, "Ghi chú", AnnotationVisibility.Shared),
            "reviewer1", CancellationToken.None);

        annotation.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain("không nằm trong");
        (await db.Annotations.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ForDocumentAsync_PrivateAnnotation_OnlyOwnerSeesIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(TradeUnionLaw);
        await using var db = database.Context();
        var s = new ReviewServices(database, db);
        var p = await s.ProvisionAsync(Number, "dieu-2");
        var (annotation, _) = await s.Annotations.CreateAsync(
            new NewAnnotation(p.DocumentId, p.VersionId, p.StableId, "đoàn viên công đoàn", null, null, "Riêng tư", AnnotationVisibility.Private),
            "alice", CancellationToken.None);
        (await s.Annotations.ReplyAsync(annotation!.Id, "Trả lời", "bob", CancellationToken.None)).ShouldNotBeNull();

        (await s.Annotations.ForDocumentAsync(p.DocumentId, "ALICE", CancellationToken.None)).Count.ShouldBe(1);
        (await s.Annotations.ForDocumentAsync(p.DocumentId, "bob", CancellationToken.None)).ShouldBeEmpty();

        (await s.Annotations.SetVisibilityAsync(annotation.Id, annotation.RowVersion, AnnotationVisibility.Shared, "alice", CancellationToken.None)).ShouldBeNull();
        (await s.Annotations.ReplyAsync(annotation.Id, "Đồng ý", "bob", CancellationToken.None)).ShouldBeNull();
        var seen = await s.Annotations.ForDocumentAsync(p.DocumentId, "bob", CancellationToken.None);
        seen.Single().Replies.Single().Text.ShouldBe("Đồng ý");
    }

    private static async Task<long> AnnotateAsync(ReviewServices s, string shortId, string quote)
    {
        var p = await s.ProvisionAsync(Number, shortId);
        p.Text.ShouldContain(quote);
        var (annotation, error) = await s.Annotations.CreateAsync(
            new NewAnnotation(p.DocumentId, p.VersionId, p.StableId, quote, null, null, "Cần rà soát: " + quote, AnnotationVisibility.Shared),
            "reviewer1", CancellationToken.None);
        error.ShouldBeNull();
        return annotation!.Id;
    }
}
