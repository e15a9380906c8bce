using LegalReview.Data.Importing;
using LegalReview.Data.Search;
using LegalReview.Search;
using LegalReview.Search.Lucene;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Data.Tests.Search;

/// <summary>The search outbox on real sample laws: written with the import, drained into a real Lucene index.</summary>
public sealed class SearchOutboxTests : IDisposable
{
    private const string TradeUnionLaw = "laws/luat-cong-doan-2012_12-2012-QH13.txt";
    private const string BhytBase = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt";
    private const string BhytAmending = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt";

    private readonly string _indexFolder = Path.Combine(Path.GetTempPath(), "legalreview-outbox-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_NewLaw_WritesOnePendingOutboxEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await database.ImportSampleAsync(TradeUnionLaw);

        await using var db = database.Context();
        var entry = await db.SearchOutbox.SingleAsync();
        entry.DocumentId.ShouldBe(result.DocumentId!.Value);
        entry.Reason.ShouldBe(SearchOutboxReason.Imported);
        entry.EnqueuedAt.ShouldBe(database.Time.GetUtcNow());
        entry.ProcessedAt.ShouldBeNull();
        entry.Attempts.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_FailsBeforeCommit_LeavesNoOutboxEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var path = RepoPaths.Sample(TradeUnionLaw);
        var request = new ImportRequest(Path.GetFileName(path), await File.ReadAllBytesAsync(path), "test",
            BeforeSave: (_, _, _, _, _) => throw new InvalidOperationException("storage failed"));

        await using (var db = database.Context())
        {
            await Should.ThrowAsync<InvalidOperationException>(() => database.Importer(db).ImportAsync(request, CancellationToken.None));
        }

        await using var check = database.Context();
        (await check.Documents.CountAsync()).ShouldBe(0);
        (await check.SearchOutbox.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_AmendingLawAfterBase_QueuesTheReconsolidatedBase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var baseDoc = await database.ImportSampleAsync(BhytBase);

        var amending = await database.ImportSampleAsync(BhytAmending);

        await using var db = database.Context();
        var entries = await db.SearchOutbox.OrderBy(e => e.Id).Select(e => new { e.DocumentId, e.Reason }).ToListAsync();
        entries.Select(e => (e.DocumentId, e.Reason)).ShouldBe(
        [
            (baseDoc.DocumentId!.Value, SearchOutboxReason.Imported),
            (amending.DocumentId!.Value, SearchOutboxReason.Imported),
            (baseDoc.DocumentId!.Value, SearchOutboxReason.Consolidated),
        ]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DrainAsync_AfterImport_MakesDocumentSearchableAndMarksEntryProcessed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var lucene = new LuceneSearchIndex(_indexFolder);
        await database.ImportSampleAsync(TradeUnionLaw);
        (await lucene.SearchAsync(new SearchQuery("công đoàn cơ sở"))).Total.ShouldBe(0);

        await using var db = database.Context();
        var result = await Drainer(db, lucene, database).DrainAsync();

        result.ShouldBe(new SearchDrainResult(1, 1, 0, 0));
        var search = await lucene.SearchAsync(new SearchQuery("công đoàn cơ sở"));
        search.Hits.ShouldNotBeEmpty();
        search.Hits[0].DocumentNumber.ShouldBe("12/2012/QH13");
        (await db.SearchOutbox.SingleAsync()).ProcessedAt.ShouldBe(database.Time.GetUtcNow());
        var report = await new SearchIndexing(db, lucene, database.Time).VerifyAsync();
        report.IsInSync.ShouldBeTrue();
        report.PendingOutbox.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DrainAsync_IndexFails_KeepsEntryPendingWithErrorAndLaterDrainSucceeds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var lucene = new LuceneSearchIndex(_indexFolder);
        var index = new FailingSearchIndex(lucene) { Failing = true };
        await database.ImportSampleAsync(TradeUnionLaw);
        await using var db = database.Context();

        var failed = await Drainer(db, index, database).DrainAsync();

        failed.ShouldBe(new SearchDrainResult(0, 0, 1, 1));
        var entry = await db.SearchOutbox.AsNoTracking().SingleAsync();
        entry.ProcessedAt.ShouldBeNull();
        entry.Attempts.ShouldBe(1);
        entry.LastError!.ShouldContain("search engine unreachable");
        entry.NextAttemptAt.ShouldBe(database.Time.GetUtcNow().AddSeconds(30));
        var report = await new SearchIndexing(db, index, database.Time).VerifyAsync();
        report.Missing.Count.ShouldBe(1);
        report.FailedOutbox.Single().LastError!.ShouldContain("search engine unreachable");

        // Still within the backoff: nothing is retried.
        (await Drainer(db, index, database).DrainAsync()).ShouldBe(new SearchDrainResult(0, 0, 0, 1));
        index.Failing = false;
        database.Time.Advance(TimeSpan.FromMinutes(1));
        var retried = await Drainer(db, index, database).DrainAsync();

        retried.ShouldBe(new SearchDrainResult(1, 1, 0, 0));
        (await lucene.SearchAsync(new SearchQuery("công đoàn cơ sở"))).Hits.ShouldNotBeEmpty();
        (await db.SearchOutbox.AsNoTracking().SingleAsync()).ProcessedAt.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EnqueueAllIfIndexEmptyAsync_LostIndex_QueuesEveryDocumentOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var lucene = new LuceneSearchIndex(_indexFolder);
        await database.ImportSampleAsync(TradeUnionLaw);
        await database.ImportSampleAsync(BhytBase);
        await using var db = database.Context();
        await Drainer(db, lucene, database).DrainAsync();
        await lucene.ClearAsync();

        var queued = await Drainer(db, lucene, database).EnqueueAllIfIndexEmptyAsync();
        var again = await Drainer(db, lucene, database).EnqueueAllIfIndexEmptyAsync();
        await Drainer(db, lucene, database).DrainAsync();

        queued.ShouldBe(2);
        again.ShouldBe(0);
        (await new SearchIndexing(db, lucene, database.Time).VerifyAsync()).IsInSync.ShouldBeTrue();
    }

    public void Dispose()
    {
        if (Directory.Exists(_indexFolder)) Directory.Delete(_indexFolder, recursive: true);
    }

    private static SearchOutboxDrainer Drainer(LegalReviewDbContext db, ISearchIndex index, TestDatabase database) =>
        new(db, new SearchIndexing(db, index, database.Time), index, database.Time, NullLogger<SearchOutboxDrainer>.Instance);
}
