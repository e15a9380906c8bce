using System.Text;
using LegalReview.Core.Documents;
using LegalReview.Data.Crawling;
using LegalReview.Data.Importing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests;

/// <summary>Import scenarios on real sample laws, run on SQLite and (when configured) PostgreSQL.</summary>
public sealed class DocumentImportTests
{
    private const string LabourCode = "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt";
    private const string TradeUnionLaw = "laws/luat-cong-doan-2012_12-2012-QH13.txt";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_LabourCode_StoresDocumentVersionAndProvisions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await database.ImportSampleAsync(LabourCode);

        result.Status.ShouldBe(ImportStatus.New, result.RejectedReason);
        result.VersionNumber.ShouldBe(1);
        await using var db = database.Context();
        var document = await db.Documents.Include(d => d.Bases).SingleAsync();
        document.Number.ShouldBe("45/2019/QH14");
        document.NormalizedNumber.ShouldBe("45/2019/QH14");
        document.Issuer.ShouldBe("Quốc hội");
        document.Bases.ShouldNotBeEmpty();
        var version = await db.DocumentVersions.SingleAsync();
        version.Sha256.Length.ShouldBe(64);
        version.RawBytes.ShouldBe(await File.ReadAllBytesAsync(RepoPaths.Sample(LabourCode)));
        var provisions = await db.Provisions.Where(p => p.VersionId == version.Id).OrderBy(p => p.Order).ToListAsync();
        provisions.Count(p => p.Kind == ProvisionKind.Chapter).ShouldBe(17);
        provisions.Count(p => p.Kind == ProvisionKind.Article).ShouldBe(220);
        var clause = provisions.Single(p => p.StableId == "chuong-3/dieu-35/khoan-1");
        clause.ParentStableId.ShouldBe("chuong-3/dieu-35");
        var article = provisions.Single(p => p.StableId == "chuong-3/dieu-35");
        clause.Depth.ShouldBe(article.Depth + 1);
        clause.Order.ShouldBe(article.Order + 1);
        provisions.Select(p => p.Order).ShouldBe(Enumerable.Range(0, provisions.Count));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_IdenticalTextAgain_ReturnsUnchangedWithoutNewVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await database.ImportSampleAsync(TradeUnionLaw);

        var second = await database.ImportSampleAsync(TradeUnionLaw);

        second.Status.ShouldBe(ImportStatus.Unchanged);
        second.DocumentId.ShouldBe(first.DocumentId);
        second.VersionNumber.ShouldBe(1);
        await using var db = database.Context();
        (await db.DocumentVersions.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ChangedText_CreatesVersion2AndKeepsVersion1Readable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var original = await database.ImportSampleAsync(TradeUnionLaw);
        var text = await File.ReadAllTextAsync(RepoPaths.Sample(TradeUnionLaw), Encoding.UTF8);
        var changed = text.Replace("Công đoàn Việt Nam", "Công đoàn Việt Nam (sửa đổi thử)");
        changed.ShouldNotBe(text);

        ImportResult result;
        await using (var db = database.Context())
        {
            database.Time.Advance(TimeSpan.FromDays(1));
            result = await database.Importer(db).ImportAsync(
                "luat-cong-doan-2012.txt", Encoding.UTF8.GetBytes(changed), "test/changed", CancellationToken.None);
        }

        result.Status.ShouldBe(ImportStatus.NewVersion, result.RejectedReason);
        result.DocumentId.ShouldBe(original.DocumentId);
        result.VersionNumber.ShouldBe(2);
        await using var read = database.Context();
        var versions = await read.DocumentVersions.Include(v => v.Provisions).OrderBy(v => v.VersionNumber).ToListAsync();
        versions.Select(v => v.VersionNumber).ShouldBe([1, 2]);
        versions[0].Text.ShouldNotContain("(sửa đổi thử)");
        versions[1].Text.ShouldContain("(sửa đổi thử)");
        versions[0].Provisions.Count(p => p.Kind == ProvisionKind.Article).ShouldBe(33);
        versions[1].Provisions.Count(p => p.Kind == ProvisionKind.Article).ShouldBe(33);
        versions[1].RetrievedAt.ShouldBeGreaterThan(versions[0].RetrievedAt);
        var events = await read.ChangeEvents.OrderBy(e => e.Id).ToListAsync();
        events.Select(e => e.Kind).ShouldBe([ChangeEventKind.NewDocument, ChangeEventKind.NewVersion]);
        events[1].VersionId.ShouldBe(versions[1].Id);
        events[1].Source.ShouldBe("test/changed");
        events[1].Summary.ShouldContain("12/2012/QH13");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_RejectedInputs_LeaveDatabaseUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.ImportSampleAsync(TradeUnionLaw);
        var before = await CountRowsAsync(database);
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        var inputs = new (string Name, byte[] Bytes)[]
        {
            ("empty.txt", []),
            ("garbage.bin", garbage),
            ("broken.docx", Encoding.UTF8.GetBytes("PK\u0003\u0004 this is not a zip")),
            ("news.txt", Encoding.UTF8.GetBytes(
                "Hà Nội mưa lớn chiều nay\nNhiều tuyến phố ngập sâu, giao thông ùn tắc kéo dài đến tối.\n" +
                "Người dân được khuyến cáo hạn chế ra đường.")),
            ("huge.txt", new byte[DocumentImportService.MaxFileBytes + 1]),
        };

        foreach (var (name, bytes) in inputs)
        {
            await using var db = database.Context();
            var result = await database.Importer(db).ImportAsync(name, bytes, "test", CancellationToken.None);
            result.Status.ShouldBe(ImportStatus.Rejected, name);
            result.RejectedReason.ShouldNotBeNullOrWhiteSpace();
            result.RejectedReason!.ShouldNotContain('\n');
        }

        (await CountRowsAsync(database)).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_WholeSampleCorpus_ImportsEveryFileWithoutRejection(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        var corpus = new SampleCorpus(database.Importer(db), Microsoft.Extensions.Logging.Abstractions.NullLogger<SampleCorpus>.Instance);
        var reports = new List<SampleImportProgress>();

        var results = await corpus.ImportAsync(RepoPaths.Samples, new SynchronousProgress(reports), CancellationToken.None);

        results.Where(r => r.Result.IsRejected).Select(r => $"{r.RelativePath}: {r.Result.RejectedReason}").ShouldBeEmpty();
        results.Select(r => r.RelativePath).ShouldContain("laws/docx/luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx");
        reports[^1].Done.ShouldBe(results.Count);
        var numbers = await db.Documents.Select(d => d.Number).ToListAsync();
        numbers.ShouldContain("45/2019/QH14");
        numbers.ShouldContain("84/2015/QH13");
        var atvsld = await db.Documents.SingleAsync(d => d.Number == "84/2015/QH13");
        (await db.Provisions.CountAsync(p => p.Version!.DocumentId == atvsld.Id && p.Kind == ProvisionKind.Article))
            .ShouldBe(93);
    }

    private static async Task<(int Documents, int Versions, int Provisions, int Bases)> CountRowsAsync(TestDatabase database)
    {
        await using var db = database.Context();
        return (await db.Documents.CountAsync(), await db.DocumentVersions.CountAsync(),
            await db.Provisions.CountAsync(), await db.EnactingBases.CountAsync());
    }

    private sealed class SynchronousProgress(List<SampleImportProgress> reports) : IProgress<SampleImportProgress>
    {
        public void Report(SampleImportProgress value) => reports.Add(value);
    }
}
