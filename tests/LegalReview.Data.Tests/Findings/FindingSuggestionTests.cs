using System.Text;
using LegalReview.Data.Findings;
using LegalReview.Data.Importing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Findings;

/// <summary>Suggested findings on the real labour laws: citations of replaced laws, bases no longer valid.</summary>
public sealed class FindingSuggestionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SuggestAsync_LabourLaws_FlagsCitationsOfReplacedLawsWithEvidence(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        foreach (var law in new[]
                 {
                     "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt", "laws/docx/luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx",
                     "laws/luat-viec-lam-2013_38-2013-QH13.txt", "laws/luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt",
                 })
        {
            (await database.ImportSampleAsync(law)).IsRejected.ShouldBeFalse(law);
        }

        await using var db = database.Context();
        var s = new ReviewServices(database, db);
        var suggestions = await s.Suggestions.SuggestAsync(CancellationToken.None);

        // ATVSLĐ 2015 refers to "Bộ luật lao động" — then 10/2012/QH13, replaced in 2019 by 45/2019/QH14 (Điều 220).
        var labour = suggestions.Single(x => x.Title == "84/2015/QH13 dẫn chiếu 10/2012/QH13 đã bị thay thế bởi 45/2019/QH14");
        labour.Kind.ShouldBe(SuggestionKind.CitesChangedDocument);
        labour.Type.ShouldBe(FindingType.Expired);
        labour.Evidence.ShouldContain(e => e.StartsWith("84/2015/QH13, ") && e.Contains("Bộ luật lao động", StringComparison.OrdinalIgnoreCase));
        labour.Evidence.ShouldContain(e => e.Contains("thay thế văn bản 10/2012/QH13 tại khoản 1 Điều 220"));
        labour.Provisions.Count.ShouldBeGreaterThanOrEqualTo(2);
        labour.Provisions[^1].StableId.ShouldBe("chuong-17/dieu-220/khoan-1");

        // Luật Việc làm 2013 cites Luật BHXH 71/2006/QH11 by number; 58/2014/QH13 replaced it in 2014.
        var insurance = suggestions.Single(x => x.Title == "38/2013/QH13 dẫn chiếu 71/2006/QH11 đã bị thay thế bởi 58/2014/QH13");
        insurance.Evidence.ShouldContain(e => e.Contains("71/2006/QH11"));

        // Documents issued after the change are not flagged: the Labour Code 2019 cites BHXH 58/2014 knowingly.
        suggestions.ShouldNotContain(x => x.Title.StartsWith("45/2019/QH14 dẫn chiếu", StringComparison.Ordinal));
        suggestions.ShouldNotContain(x => x.Title.StartsWith("58/2014/QH13 dẫn chiếu 71/2006", StringComparison.Ordinal));

        // One click: the suggestion becomes a finding and is then known as taken.
        var created = await s.Findings.CreateAsync(labour.ToNewFinding(), "reviewer1", CancellationToken.None);
        created.Error.ShouldBeNull();
        (await s.Findings.TakenSuggestionKeysAsync(CancellationToken.None)).ShouldContain(labour.Key);
        (await s.Suggestions.SuggestAsync(CancellationToken.None)).Select(x => x.Key).ShouldContain(labour.Key);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SuggestAsync_BasisReplaced_FlagsDocumentWithBasisLine(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportSampleAsync("laws/luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt");
        // The sample laws rest on the Constitution only; give Luật Việc làm a numbered basis that 58/2014 replaced.
        var text = await File.ReadAllTextAsync(RepoPaths.Sample("laws/luat-viec-lam-2013_38-2013-QH13.txt"), Encoding.UTF8);
        var basis = text.IndexOf("\nQuốc hội ban hành", StringComparison.Ordinal);
        basis.ShouldBeGreaterThan(0);
        text = text.Insert(basis, "\nCăn cứ Luật bảo hiểm xã hội số 71/2006/QH11;");
        await using (var db = database.Context())
        {
            (await database.Importer(db).ImportAsync("luat-viec-lam.txt", Encoding.UTF8.GetBytes(text), "test", CancellationToken.None))
                .Status.ShouldBe(ImportStatus.New);
        }

        await using var read = database.Context();
        var suggestions = await new ReviewServices(database, read).Suggestions.SuggestAsync(CancellationToken.None);

        var flagged = suggestions.Single(x => x.Kind == SuggestionKind.BasisNoLongerValid);
        flagged.Title.ShouldBe("38/2013/QH13 có căn cứ ban hành 71/2006/QH11 đã hết hiệu lực hoặc bị thay thế");
        flagged.Evidence[0].ShouldContain("Căn cứ Luật bảo hiểm xã hội số 71/2006/QH11");
        flagged.Evidence.ShouldContain(e => e.StartsWith("58/2014/QH13 (ban hành 20/11/2014) thay thế văn bản 71/2006/QH11"));
        var viecLam = await read.Documents.SingleAsync(d => d.Number == "38/2013/QH13");
        flagged.Provisions[0].ShouldBe(new ProvisionLink(viecLam.Id, ""));
    }
}
