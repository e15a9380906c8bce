using LegalReview.Crawlers.Sources.LocalFolder;
using LegalReview.Crawlers.State;
using LegalReview.Crawlers.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LegalReview.Crawlers.Tests.Sources;

public sealed class LocalFolderCrawlerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("drop-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("outside-").FullName;
    private readonly InMemoryCrawlStateStore _store = new();
    private readonly LocalFolderCrawler _crawler;

    public LocalFolderCrawlerTests()
    {
        _crawler = new LocalFolderCrawler(_root, new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        File.Copy(RepoPaths.Combine("samples", "laws", "luat-cong-doan-2012_12-2012-QH13.txt"), Path.Combine(_root, "luat-cong-doan.txt"));
        Directory.CreateDirectory(Path.Combine(_root, "2026"));
        File.Copy(RepoPaths.Combine("samples", "laws", "docx", "luat-viec-lam-2013_38-2013-QH13.docx"), Path.Combine(_root, "2026", "luat-viec-lam.docx"));
        File.Copy(RepoPaths.Combine("crawlers", "LegalReview.Crawlers", "Sources", "ThuVienPhapLuat", "examples", "quyet-dinh-784-QD-BVHTTDL-2020.html"), Path.Combine(_root, "qd-784.html"));
        File.WriteAllText(Path.Combine(_root, "ghi-chu.xlsx"), "not a supported type");
    }

    [Fact]
    public async Task Crawl_NewFolder_YieldsEverySupportedFileWithText()
    {
        var documents = await CrawlAsync();

        documents.Select(d => d.Metadata.Fields!["Tệp"]).ShouldBe(["2026/luat-viec-lam.docx", "luat-cong-doan.txt", "qd-784.html"], ignoreOrder: true);
        var txt = documents.Single(d => d.MediaType == "text/plain");
        txt.Paragraphs.ShouldContain(p => p.StartsWith("Điều 1.", StringComparison.Ordinal));
        var saved = documents.Single(d => d.MediaType == "text/html");
        saved.Metadata.Number.ShouldBe("784/QĐ-BVHTTDL");
        saved.Metadata.Signer.ShouldBe("Trịnh Thị Thủy");
        saved.SourceId.ShouldBe(LocalFolderCrawler.Id);
        documents.Single(d => d.MediaType.Contains("wordprocessingml")).Paragraphs.ShouldContain(p => p.StartsWith("Điều 1.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_Again_SkipsUnchangedAndYieldsChangedFile()
    {
        await CrawlAsync();
        (await CrawlAsync()).ShouldBeEmpty();

        File.AppendAllText(Path.Combine(_root, "luat-cong-doan.txt"), "\nĐiều 34. Bổ sung để thử.\n");
        var changed = (await CrawlAsync()).ShouldHaveSingleItem();

        changed.Paragraphs[^1].ShouldBe("Điều 34. Bổ sung để thử.");
        (await _store.GetRunAsync(default))!.Counters.ShouldBe(new CrawlCounters(Fetched: 3, Changed: 1, Unchanged: 2));
    }

    [Fact]
    public async Task Crawl_SymlinksLeavingTheFolder_RefusedAndRecorded()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "không được đọc");
        File.CreateSymbolicLink(Path.Combine(_root, "link.txt"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "linked-dir"), _outside);
        File.CreateSymbolicLink(Path.Combine(_root, "inside-link.txt"), Path.Combine(_root, "luat-cong-doan.txt"));

        var documents = await CrawlAsync();

        documents.ShouldNotContain(d => d.Paragraphs.Contains("không được đọc"));
        documents.Select(d => d.Metadata.Fields!["Tệp"]).ShouldContain("inside-link.txt");
        var faults = await _store.GetFaultsAsync(default);
        faults.Select(f => Path.GetFileName(f.Url.LocalPath)).ShouldBe(["link.txt", "linked-dir"], ignoreOrder: true);
        faults.ShouldAllBe(f => f.Kind == "Refused");
    }

    [Fact]
    public async Task Crawl_CorruptDocx_RecordedAsRejectedWithReason()
    {
        File.Copy(RepoPaths.Combine("tests", "fixtures", "bad-input", "truncated.docx"), Path.Combine(_root, "hong.docx"));

        var documents = await CrawlAsync();

        documents.Count.ShouldBe(3);
        var fault = (await _store.GetFaultsAsync(default)).ShouldHaveSingleItem();
        fault.Kind.ShouldBe("Rejected");
        fault.Message.ShouldNotBeNullOrWhiteSpace();
        fault.Message.ShouldNotContain("\n");
    }

    private async Task<List<CrawledDocument>> CrawlAsync()
    {
        var documents = new List<CrawledDocument>();
        await foreach (var d in _crawler.CrawlAsync(new CrawlRequest(), _store, null, Guard.Token)) documents.Add(d);
        return documents;
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }
}
