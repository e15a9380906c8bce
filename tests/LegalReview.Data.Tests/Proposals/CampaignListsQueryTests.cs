using LegalReview.Core.Documents;
using LegalReview.Data.Exporting;
using LegalReview.Data.Reviewing;
using LegalReview.Data.Tests.Reviewing;
using LegalReview.Exports.Lists;

namespace LegalReview.Data.Tests.Proposals;

/// <summary>A campaign on three sample laws whose review sheets conclude in-force, expired and partly expired.</summary>
public sealed class CampaignListsQueryTests
{
    internal static async Task<long> SeedCampaignAsync(TestDatabase database)
    {
        var code = await database.ImportSampleAsync("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt");
        var unions = await database.ImportSampleAsync("laws/luat-cong-doan-2012_12-2012-QH13.txt");
        var health = await database.ImportSampleAsync("amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt");
        await using var db = database.As("truongphong");
        var campaign = new ReviewCampaign { Name = "Rà soát văn bản về người lao động", CutoffDate = new DateOnly(2025, 12, 31), CreatedBy = "truongphong" };
        db.ReviewCampaigns.Add(campaign);
        await db.SaveChangesAsync();

        void Item(long documentId, ReviewSheet sheet)
        {
            db.ReviewItems.Add(new ReviewItem { CampaignId = campaign.Id, DocumentId = documentId, Status = ReviewItemStatus.Approved, Reason = "Đợt rà soát", Sheet = sheet });
        }

        Item(code.DocumentId!.Value, new ReviewSheet
        {
            ValidityConclusion = Validity.InForce,
            Recommendation = ReviewRecommendation.AmendSupplement,
            CompetentBody = "Bộ Nội vụ",
            Conclusion = "Còn hiệu lực; cần sửa đổi điểm c khoản 1 Điều 35.",
            Rows =
            [
                new ReviewSheetRow { Order = 1, ReviewedProvision = "Điểm c khoản 1 Điều 35", Assessment = ReviewAssessment.Unsuitable,
                    Reasoning = "Thời hạn báo trước 03 ngày làm việc không còn phù hợp", ProposedHandling = ReviewRecommendation.AmendSupplement },
            ],
        });
        Item(unions.DocumentId!.Value, new ReviewSheet
        {
            ValidityConclusion = Validity.Expired,
            Conclusion = "Được thay thế bởi Luật Công đoàn số 50/2024/QH15",
        });
        Item(health.DocumentId!.Value, new ReviewSheet
        {
            ValidityConclusion = Validity.PartlyExpired,
            Conclusion = "Bị bãi bỏ một phần bởi Luật số 46/2014/QH13",
            Rows =
            [
                new ReviewSheetRow { Order = 1, ReviewedProvision = "Điểm b khoản 1 Điều 21", Assessment = ReviewAssessment.Expired, ProposedHandling = ReviewRecommendation.Keep },
                new ReviewSheetRow { Order = 2, ReviewedProvision = "Khoản 10 và khoản 12 Điều 23", Assessment = ReviewAssessment.Expired, ProposedHandling = ReviewRecommendation.Keep },
            ],
        });
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_CampaignOnSampleLaws_ListsFollowTheReviewSheets(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var campaignId = await SeedCampaignAsync(database);

        await using var db = database.Context();
        var input = (await new CampaignListsQuery(db).LoadAsync(campaignId, CancellationToken.None))!;

        input.CutoffDate.ShouldBe(new DateOnly(2025, 12, 31));
        List<string> Numbers(CatalogueKind kind) => Catalogues.Select(input, kind).SelectMany(g => g.Documents).Select(d => d.Number).ToList();
        Numbers(CatalogueKind.ExpiredWhole).ShouldBe(["12/2012/QH13"]);
        Numbers(CatalogueKind.ExpiredPart).ShouldBe(["25/2008/QH12"]);
        Numbers(CatalogueKind.InForce).ShouldBe(["45/2019/QH14", "25/2008/QH12"]);
        Numbers(CatalogueKind.NeedsHandling).ShouldBe(["45/2019/QH14"]);
        var unions = input.Documents.Single(d => d.Number == "12/2012/QH13");
        unions.ExpiryReason.ShouldBe("Được thay thế bởi Luật Công đoàn số 50/2024/QH15");
        input.Documents.Single(d => d.Number == "25/2008/QH12").ExpiredProvisions.ShouldBe("Điểm b khoản 1 Điều 21; Khoản 10 và khoản 12 Điều 23");
        var code = input.Documents.Single(d => d.Number == "45/2019/QH14");
        (code.Handling, code.HandlingProvisions, code.LeadBody).ShouldBe(("Sửa đổi, bổ sung", "Điểm c khoản 1 Điều 35", "Bộ Nội vụ"));
        code.Text.ShouldContain("Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_UnknownCampaign_ReturnsNull(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();

        (await new CampaignListsQuery(db).LoadAsync(4242, CancellationToken.None)).ShouldBeNull();
    }
}
