using LegalReview.Crawlers.State;

namespace LegalReview.Crawlers.Tests.State;

public sealed class JsonFileCrawlStateStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("crawl-state-").FullName;

    private string StatePath => Path.Combine(_folder, "state.json");

    [Fact]
    public async Task Reload_AfterUnfinishedRun_ResumesFrontierCountersAndUrlStates()
    {
        var store = new JsonFileCrawlStateStore(StatePath);
        var run = await store.StartOrResumeRunAsync(Now, default);
        await store.EnqueueAsync([Entry("a"), Entry("b"), Entry("c")], default);
        var state = new UrlState(Url("a"), "hash-a", "\"e1\"", Now, Now);
        await store.CompleteAsync(Url("a"), [state], new CrawlCounters(Fetched: 1, New: 1), default);
        await store.FailAsync(new CrawlFault(Url("b"), "Timeout", "slow", Now), new CrawlCounters(Failed: 1), default);

        var reloaded = new JsonFileCrawlStateStore(StatePath);
        var resumed = await reloaded.StartOrResumeRunAsync(Now.AddHours(1), default);

        resumed.RunId.ShouldBe(run.RunId);
        resumed.Resumed.ShouldBeTrue();
        resumed.Counters.ShouldBe(new CrawlCounters(Fetched: 1, New: 1, Failed: 1));
        (await reloaded.PeekNextAsync(default))!.Url.ShouldBe(Url("c"));
        (await reloaded.CountPendingAsync(default)).ShouldBe(1);
        (await reloaded.GetUrlStateAsync(Url("a"), default)).ShouldBe(state);
        (await reloaded.GetFaultsAsync(default)).ShouldHaveSingleItem().Kind.ShouldBe("Timeout");
        (await reloaded.EnqueueAsync([Entry("a"), Entry("c"), Entry("d")], default)).ShouldBe(1);
        File.Exists(StatePath + ".tmp").ShouldBeFalse();
    }

    [Fact]
    public async Task StartOrResume_AfterFinishedRun_StartsFreshButKeepsUrlStates()
    {
        var store = new JsonFileCrawlStateStore(StatePath);
        var first = await store.StartOrResumeRunAsync(Now, default);
        await store.EnqueueAsync([Entry("a")], default);
        await store.CompleteAsync(Url("a"), [new UrlState(Url("a"), "h", null, null, Now)], new CrawlCounters(New: 1), default);
        await store.FinishRunAsync(Now, default);

        var second = await new JsonFileCrawlStateStore(StatePath).StartOrResumeRunAsync(Now.AddDays(1), default);
        var reopened = new JsonFileCrawlStateStore(StatePath);

        second.RunId.ShouldNotBe(first.RunId);
        second.Resumed.ShouldBeFalse();
        second.Counters.ShouldBe(CrawlCounters.Zero);
        (await reopened.GetUrlStateAsync(Url("a"), default))!.ContentHash.ShouldBe("h");
        (await reopened.EnqueueAsync([Entry("a")], default)).ShouldBe(1); // done in the old run only
    }

    [Fact]
    public void Constructor_CorruptFile_ThrowsClearError()
    {
        File.WriteAllText(StatePath, "{ not json");
        var error = Should.Throw<InvalidDataException>(() => new JsonFileCrawlStateStore(StatePath));
        error.Message.ShouldContain("not valid JSON");
    }

    private static Uri Url(string name) => new($"https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID={name}");

    private static FrontierEntry Entry(string name) => new(Url(name), 1, "document");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
