using LegalReview.Crawlers;
using LegalReview.Crawlers.Sources.LocalFolder;
using LegalReview.Crawlers.State;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Crawling;

/// <summary>Semantics of the EF crawl state store (resume, no duplicates, faults), on SQLite and PostgreSQL.</summary>
public sealed class EfCrawlStateStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CrawlAsync_CancelledThenResumed_YieldsEveryFileOnceAndRecordsFault(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var inbox = CrawlTestSupport.InboxWithSamples();
        var crawler = new LocalFolderCrawler(inbox, database.Time);
        try
        {
            List<CrawledDocument> first, second;
            await using (var db = database.Context())
            {
                var store = new EfCrawlStateStore(db, LocalFolderCrawler.Id);
                first = await CrawlTestSupport.CrawlAndIngestAsync(
                    crawler, new CrawlRequest(), store, CrawlTestSupport.Ingestion(database, db), cancelAfter: 2, CancellationToken.None);
                (await store.GetRunAsync(CancellationToken.None))!.FinishedAt.ShouldBeNull();
            }

            await using (var db = database.Context())
            {
                var store = new EfCrawlStateStore(db, LocalFolderCrawler.Id);
                second = await CrawlTestSupport.CrawlAndIngestAsync(
                    crawler, new CrawlRequest(), store, CrawlTestSupport.Ingestion(database, db), cancelAfter: null, CancellationToken.None);
                var run = (await store.GetRunAsync(CancellationToken.None))!;
                run.FinishedAt.ShouldNotBeNull();
                run.Counters.New.ShouldBe(CrawlTestSupport.SampleLaws.Length);
                run.Counters.Failed.ShouldBe(1);
                var fault = (await store.GetFaultsAsync(CancellationToken.None)).ShouldHaveSingleItem();
                fault.Url.LocalPath.ShouldEndWith("hong.pdf");
                fault.Kind.ShouldBe("Rejected");
            }

            first.Count.ShouldBe(2);
            var all = first.Concat(second).Select(d => d.Url.AbsoluteUri).ToList();
            all.Count.ShouldBe(CrawlTestSupport.SampleLaws.Length);
            all.Distinct().Count().ShouldBe(all.Count);
            await using var check = database.Context();
            (await check.Documents.CountAsync()).ShouldBe(CrawlTestSupport.SampleLaws.Length, string.Join(" | ", await check.CrawledItems.Select(i => i.Outcome).ToListAsync()));
            (await check.DocumentVersions.CountAsync()).ShouldBe(CrawlTestSupport.SampleLaws.Length);
            (await check.ChangeEvents.CountAsync(e => e.Kind == ChangeEventKind.NewDocument)).ShouldBe(CrawlTestSupport.SampleLaws.Length);
            (await check.CrawlFaults.CountAsync()).ShouldBe(1);
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StartOrResumeRunAsync_AfterFinishedRun_StartsFreshRunAndKeepsUrlStates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        var store = new EfCrawlStateStore(db, "vbpl");
        var other = new EfCrawlStateStore(db, "congbao");
        var now = database.Time.GetUtcNow();
        var page = new Uri("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1");
        var listing = new Uri("https://vbpl.vn/listing?Page=1");

        var run1 = await store.StartOrResumeRunAsync(now, CancellationToken.None);
        run1.Resumed.ShouldBeFalse();
        (await store.EnqueueAsync([new FrontierEntry(listing, 0, "listing"), new FrontierEntry(page, 1, "document"), new FrontierEntry(page, 1, "document")], CancellationToken.None)).ShouldBe(2);
        (await store.StartOrResumeRunAsync(now, CancellationToken.None)).Resumed.ShouldBeTrue();
        (await store.PeekNextAsync(CancellationToken.None))!.Url.ShouldBe(listing);
        await store.CompleteAsync(listing, [], new CrawlCounters(Fetched: 1), CancellationToken.None);
        // Done in this run: enqueueing it again (a later listing links back) must not bring it back.
        (await store.EnqueueAsync([new FrontierEntry(listing, 0, "listing")], CancellationToken.None)).ShouldBe(0);
        await store.CompleteAsync(page, [new UrlState(page, "abc", "\"e1\"", now, now)], new CrawlCounters(Fetched: 1, New: 1), CancellationToken.None);
        (await store.CountPendingAsync(CancellationToken.None)).ShouldBe(0);
        (await other.CountPendingAsync(CancellationToken.None)).ShouldBe(0);
        await store.FinishRunAsync(now, CancellationToken.None);

        var run2 = await store.StartOrResumeRunAsync(now.AddHours(1), CancellationToken.None);
        run2.Resumed.ShouldBeFalse();
        run2.RunId.ShouldNotBe(run1.RunId);
        run2.Counters.ShouldBe(CrawlCounters.Zero);
        (await store.EnqueueAsync([new FrontierEntry(listing, 0, "listing")], CancellationToken.None)).ShouldBe(1);
        var state = (await store.GetUrlStateAsync(page, CancellationToken.None))!;
        state.ContentHash.ShouldBe("abc");
        state.ETag.ShouldBe("\"e1\"");
        (await other.GetUrlStateAsync(page, CancellationToken.None)).ShouldBeNull();
        (await db.CrawlRuns.SingleAsync(r => r.RunId == run1.RunId)).Fetched.ShouldBe(2);
    }
}
