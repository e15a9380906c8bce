using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests;

/// <summary>Relations derived at import and consolidated versions kept for amended documents, on real sample texts.</summary>
public sealed class RelationAndConsolidationTests
{
    private const string BhytBase = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt";
    private const string BhytAmending = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_SocialInsuranceLaw2014_ReplacesLaw71Of2006(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await database.ImportSampleAsync("laws/luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt");

        await using var db = database.Context();
        var relations = await db.Relations.ToListAsync();
        relations.ShouldContain(r => r.Type == RelationType.Replaces && r.TargetNormalizedNumber == "71/2006/QH11");
        relations.ShouldNotContain(r => r.Type == RelationType.RepealsWhole && r.TargetNormalizedNumber == "71/2006/QH11");
        relations.ShouldAllBe(r => r.TargetDocumentId == null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_LabourCode2019_Replaces10Of2012AndCitesCivilProcedureCodeByArticle(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await database.ImportSampleAsync("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt");

        await using var db = database.Context();
        var relations = await db.Relations.ToListAsync();
        var replaced = relations.Single(r => r.TargetNormalizedNumber == "10/2012/QH13");
        replaced.Type.ShouldBe(RelationType.Replaces);
        replaced.TargetTitle.ShouldBe("Bộ luật Lao động");
        replaced.SourceProvisionId.ShouldNotBeNull().ShouldContain("dieu-220");
        relations.ShouldContain(r => r.Type == RelationType.Cites && r.TargetNormalizedNumber == "92/2015/QH13"
            && r.TargetProvisionId == "dieu-32" && r.SourceProvisionId != null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_AmendingLawBeforeBase_ResolvesAndConsolidatesWhenBaseArrives(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var amending = await database.ImportSampleAsync(BhytAmending);
        await using (var db = database.Context())
        {
            var edge = await db.Relations.SingleAsync(r => r.Type == RelationType.Amends);
            edge.TargetNormalizedNumber.ShouldBe("25/2008/QH12");
            edge.TargetDocumentId.ShouldBeNull();
        }

        var baseDoc = await database.ImportSampleAsync(BhytBase);

        await using var check = database.Context();
        var amends = await check.Relations.SingleAsync(r => r.Type == RelationType.Amends);
        amends.SourceDocumentId.ShouldBe(amending.DocumentId!.Value);
        amends.TargetDocumentId.ShouldBe(baseDoc.DocumentId);
        var consolidated = await check.DocumentVersions
            .Where(v => v.DocumentId == baseDoc.DocumentId && v.ConsolidatedAsOf != null).ToListAsync();
        consolidated.ShouldNotBeEmpty();
        consolidated.ShouldContain(v => v.ConsolidatedAsOf == new DateOnly(2015, 1, 1));
        var latest = consolidated.MaxBy(v => v.ConsolidatedAsOf)!;
        latest.ConsolidatedFrom.ShouldBe("46/2014/QH13");
        (await check.Provisions.AnyAsync(p => p.VersionId == latest.Id && p.StableId.EndsWith("dieu-7a"))).ShouldBeTrue();
        var records = await check.InstructionRecords.Where(r => r.BaseDocumentId == baseDoc.DocumentId).ToListAsync();
        records.Count(r => r.Status == "Applied").ShouldBeGreaterThanOrEqualTo(45);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ElectricityLawAndAmendment_KeepsUnresolvedInstructionWithReason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var baseDoc = await database.ImportSampleAsync("amendments/dien-luc_28-2004-QH11__24-2012-QH13/base.txt");
        await database.ImportSampleAsync("amendments/dien-luc_28-2004-QH11__24-2012-QH13/amending.txt");

        await using var db = database.Context();
        var unresolved = await db.InstructionRecords
            .Where(r => r.BaseDocumentId == baseDoc.DocumentId && r.Status == "Unresolved").ToListAsync();
        var quote = unresolved.Single(r => r.SourceProvisionId == "dieu-2/khoan-1/diem-d");
        quote.Reason.ShouldNotBeNull().ShouldContain("ngoặc kép");
        quote.AmendingNumber.ShouldBe("24/2012/QH13");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_LawAmendingTwoLaws_AmendsBothAndConsolidatesEach(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const string set = "amendments/can-bo-cong-chuc_22-2008-QH12__vien-chuc_58-2010-QH12__52-2019-QH14/";

        var civilServants = await database.ImportSampleAsync(set + "base_22-2008-QH12.txt");
        var publicEmployees = await database.ImportSampleAsync(set + "base_58-2010-QH12.txt");
        await database.ImportSampleAsync(set + "amending.txt");

        await using var db = database.Context();
        var amends = await db.Relations.Where(r => r.Type == RelationType.Amends).ToListAsync();
        amends.Select(r => r.TargetDocumentId).ShouldBe([civilServants.DocumentId, publicEmployees.DocumentId], ignoreOrder: true);
        foreach (var id in new[] { civilServants.DocumentId, publicEmployees.DocumentId })
        {
            (await db.DocumentVersions.CountAsync(v => v.DocumentId == id && v.ConsolidatedAsOf != null)).ShouldBeGreaterThan(0);
            (await db.InstructionRecords.CountAsync(r => r.BaseDocumentId == id && r.Status == "Applied")).ShouldBeGreaterThan(10);
        }
    }
}
