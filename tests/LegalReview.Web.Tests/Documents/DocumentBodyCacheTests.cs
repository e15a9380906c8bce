using System.Text;
using LegalReview.Core.Documents;
using LegalReview.Web.Documents;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Tests.Documents;

/// <summary>The body cache's bound and keys and the splice step, without a server.</summary>
public sealed class DocumentBodyCacheTests
{
    [Fact]
    public async Task GetOrRender_OverTheBound_EvictsLeastRecentlyUsed()
    {
        var cache = new DocumentBodyCache(Options.Create(new DocumentBodyOptions { BodyCacheMegabytes = 1 }));
        var renders = 0;
        Task<DocumentBody> Render(CancellationToken _)
        {
            renders++;
            return Task.FromResult(Body(400 * 1024));
        }

        await cache.GetOrRenderAsync(Key(1), Render, CancellationToken.None);
        await cache.GetOrRenderAsync(Key(2), Render, CancellationToken.None);
        await cache.GetOrRenderAsync(Key(1), Render, CancellationToken.None); // 1 is now the most recent
        await cache.GetOrRenderAsync(Key(3), Render, CancellationToken.None); // evicts 2

        renders.ShouldBe(3);
        cache.TryGet(Key(1), out _).ShouldBeTrue();
        cache.TryGet(Key(2), out _).ShouldBeFalse();
        cache.TryGet(Key(3), out _).ShouldBeTrue();
        cache.Size.ShouldBeLessThanOrEqualTo(1024 * 1024);
    }

    [Fact]
    public async Task GetOrRender_BodyLargerThanTheBound_IsServedButNotKept()
    {
        var cache = new DocumentBodyCache(Options.Create(new DocumentBodyOptions { BodyCacheMegabytes = 1 }));

        var body = await cache.GetOrRenderAsync(Key(1), _ => Task.FromResult(Body(2 * 1024 * 1024)), CancellationToken.None);

        body.Provisions.Length.ShouldBe(2 * 1024 * 1024);
        cache.Count.ShouldBe(0);
    }

    [Fact]
    public async Task GetOrRender_ConcurrentMissesOfOneKey_RenderOnce()
    {
        var cache = new DocumentBodyCache(Options.Create(new DocumentBodyOptions()));
        var release = new TaskCompletionSource();
        var renders = 0;
        async Task<DocumentBody> Render(CancellationToken _)
        {
            Interlocked.Increment(ref renders);
            await release.Task;
            return Body(10);
        }

        var first = cache.GetOrRenderAsync(Key(1), Render, CancellationToken.None);
        var second = cache.GetOrRenderAsync(Key(1), Render, CancellationToken.None);
        release.SetResult();

        (await first).ShouldBeSameAs(await second);
        renders.ShouldBe(1);
    }

    [Fact]
    public void Key_NewVersionTextLatestFlagOrNotes_DiffersFromTheOldOne()
    {
        var key = new DocumentBodyKey(7, 10, "AAA", true, "");

        key.ShouldBe(new DocumentBodyKey(7, 10, "AAA", true, ""));
        (key with { VersionId = 11 }).ShouldNotBe(key);
        (key with { TextSha256 = "BBB" }).ShouldNotBe(key);
        (key with { IsLatest = false }).ShouldNotBe(key);
        (key with { NotesStamp = "N" }).ShouldNotBe(key);
    }

    [Fact]
    public void Segments_AnnotatedUnits_GoBeforeTheirClosingTagsInOrder()
    {
        var renderer = new DocumentBodyRenderer(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        var body = renderer.Render(5, [Unit("dieu-1", ProvisionKind.Article, "1", 0), Unit("dieu-1/khoan-1", ProvisionKind.Clause, "1", 1)],
            "", new Dictionary<string, IReadOnlyList<string>>());
        var page = Encoding.UTF8.GetBytes($"<ol>{DocumentBodySplicer.TableOfContentsMarker}</ol><main>{DocumentBodySplicer.ProvisionsMarker}</main>");

        var html = Join(DocumentBodySplicer.Segments(page, body, new Dictionary<string, string>
        {
            ["dieu-1/khoan-1"] = "<aside>B</aside>",
            ["dieu-1"] = "<aside>A</aside>",
            ["dieu-9"] = "<aside>not in this version</aside>",
        }));

        html.ShouldContain("<ol><li class=\"toc-article\"><a href=\"#dieu-1\">Điều 1.</a></li>\n</ol>");
        html.ShouldContain("<aside>A</aside></div>\n<div id=\"dieu-1/khoan-1\"");
        html.ShouldContain("<aside>B</aside></div>\n</main>");
        html.ShouldNotContain("not in this version");
        html.ShouldNotContain("legalreview:");
    }

    [Fact]
    public void Segments_PageWithoutMarkers_Throws()
    {
        var body = Body(10);

        Should.Throw<InvalidOperationException>(() =>
            DocumentBodySplicer.Segments(Encoding.UTF8.GetBytes("<html></html>"), body, new Dictionary<string, string>()));
    }

    private static DocumentBodyKey Key(long version) => new(1, version, "hash", true, "");

    private static DocumentBody Body(int provisionBytes) => new([], new byte[provisionBytes], []);

    private static Provision Unit(string stableId, ProvisionKind kind, string label, int order) =>
        new() { StableId = stableId, Kind = kind, Label = label, Order = order, Text = "Nội dung " + stableId };

    private static string Join(IEnumerable<ReadOnlyMemory<byte>> segments) =>
        Encoding.UTF8.GetString(segments.SelectMany(s => s.ToArray()).ToArray());
}
