using LegalReview.Core.Documents;
using LegalReview.Search.Lucene;
using LegalReview.Search.Tests.Support;

namespace LegalReview.Search.Tests.Lucene;

public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "legalreview-search-" + Guid.NewGuid().ToString("N"));
    private readonly LuceneSearchIndex _index;

    public LuceneSearchIndexTests() => _index = new LuceneSearchIndex(_folder);

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static IndexedDocument CongDoan(string stamp = "v1") => SampleLaws.ToIndexed(SampleLaws.All[2], 7) with { VersionStamp = stamp };

    [Fact]
    public async Task IndexAsync_SameDocumentTwice_ReplacesPreviousEntries()
    {
        await _index.IndexAsync([CongDoan()]);
        var shortened = CongDoan("v2") with { Provisions = CongDoan().Provisions.Take(3).ToArray() };

        await _index.IndexAsync([shortened]);

        var result = await _index.SearchAsync(new SearchQuery("12/2012/QH13", PageSize: 100));
        result.Total.ShouldBe(4); // the document entry + 3 provisions
        (await _index.GetIndexedStampsAsync()).ShouldBe(new Dictionary<long, string> { [7] = "v2" });
    }

    [Fact]
    public async Task IndexAsync_DuplicateProvisionIds_RejectsBatchWithoutWriting()
    {
        var bad = CongDoan() with { DocumentId = 8, Provisions = [.. CongDoan().Provisions, CongDoan().Provisions[0]] };

        await Should.ThrowAsync<ArgumentException>(() => _index.IndexAsync([CongDoan(), bad]));

        (await _index.GetIndexedStampsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task DeleteAsync_IndexedDocument_RemovesAllItsEntries()
    {
        await _index.IndexAsync([CongDoan()]);

        await _index.DeleteAsync(7);

        (await _index.SearchAsync(new SearchQuery("công đoàn"))).Total.ShouldBe(0);
        (await _index.GetIndexedStampsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ClearAsync_AfterIndexing_LeavesEmptyIndex()
    {
        await _index.IndexAsync([CongDoan()]);

        await _index.ClearAsync();

        (await _index.SearchAsync(new SearchQuery(""))).Total.ShouldBe(0);
    }

    [Fact]
    public async Task SuggestNumbersAsync_PrefixInOtherSpelling_ReturnsNumberAsWritten()
    {
        await _index.IndexAsync(SampleLaws.AllIndexed());

        (await _index.SuggestNumbersAsync("12/2012/qh")).ShouldBe(["12/2012/QH13"]);
        (await _index.SuggestNumbersAsync("58/")).ShouldBe(["58/2014/QH13"]);
        (await _index.SuggestNumbersAsync("")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Constructor_ExistingFolder_ReopensCommittedIndex()
    {
        await _index.IndexAsync([CongDoan()]);
        _index.Dispose();

        using var reopened = new LuceneSearchIndex(_folder);

        (await reopened.GetIndexedStampsAsync()).Keys.ShouldBe([7L]);
    }

    [Fact]
    public async Task SearchAsync_ConcurrentSearchesDuringIndexing_AllSucceed()
    {
        await _index.IndexAsync([CongDoan()]);
        var searches = Enumerable.Range(0, 20).Select(_ => Task.Run(() => _index.SearchAsync(new SearchQuery("công đoàn cơ sở")))).ToList();
        var write = _index.IndexAsync([CongDoan("v3")]);

        await Task.WhenAll([.. searches, write]);

        searches.ShouldAllBe(s => s.Result.Error == null && s.Result.Total > 0);
    }

    [Fact]
    public async Task IndexAsync_StoredProvisionRows_IndexesArticleWithItsClauseText()
    {
        var rows = new List<Provision>
        {
            new() { StableId = "dieu-1", Kind = ProvisionKind.Article, Label = "1", Heading = "Phạm vi", Text = "", Order = 0 },
            new() { StableId = "dieu-1/khoan-1", ParentStableId = "dieu-1", Kind = ProvisionKind.Clause, Label = "1", Text = "1. Quy định về thử việc.", Order = 1 },
            new() { StableId = "dieu-1/khoan-1/diem-a", ParentStableId = "dieu-1/khoan-1", Kind = ProvisionKind.Point, Label = "a", Text = "a) Thời gian thử việc tối đa.", Order = 2 },
        };
        var doc = CongDoan() with { Provisions = LegalReview.Search.Indexing.IndexedProvisionBuilder.FromStored(rows) };

        await _index.IndexAsync([doc]);

        var hits = (await _index.SearchAsync(new SearchQuery("\"thời gian thử việc\""))).Hits;
        hits.Select(h => h.ProvisionId).ShouldBe(["dieu-1/khoan-1", "dieu-1"], ignoreOrder: true);
    }

    // Điều 12 of Luật Công đoàn 2012: its heading ends with "pháp luật", its first clause starts "Tổng Liên đoàn".
    private static IndexedDocument CongDoanArticle12() => CongDoan() with
    {
        Provisions =
        [
            new IndexedProvision(
                "dieu-12", ProvisionKind.Article, "12", "Trình dự án luật, pháp lệnh và kiến nghị xây dựng chính sách, pháp luật",
                "Tổng Liên đoàn Lao động Việt Nam có quyền trình dự án luật, pháp lệnh ra trước Quốc hội, Ủy ban thường vụ Quốc hội.", 0),
        ],
    };

    [Fact]
    public async Task SearchAsync_WordsSplitBetweenHeadingAndText_FindsProvision()
    {
        await _index.IndexAsync([CongDoanArticle12()]);

        // "kiến nghị" is only in the heading, "Tổng Liên đoàn" only in the text: all words still match the article.
        var hits = (await _index.SearchAsync(new SearchQuery("kien nghi tong lien doan"))).Hits;

        hits.Select(h => h.ProvisionId).ShouldContain("dieu-12");
    }

    [Fact]
    public async Task SearchAsync_PhraseAcrossHeadingAndText_DoesNotMatch()
    {
        await _index.IndexAsync([CongDoanArticle12()]);

        (await _index.SearchAsync(new SearchQuery("\"pháp luật tổng liên đoàn\""))).Hits.ShouldBeEmpty();
        (await _index.SearchAsync(new SearchQuery("\"chính sách, pháp luật\""))).Hits.Select(h => h.ProvisionId).ShouldBe(["dieu-12"]);
    }

    [Theory]
    [InlineData(SearchFields.AllFolded)]
    [InlineData(SearchFields.AllPairs)]
    public async Task Constructor_IndexWrittenWithoutFirstPassField_EmptiesItForRebuild(string missingField)
    {
        var folder = Path.Combine(Path.GetTempPath(), "legalreview-search-old-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The same entries as an older version wrote them: every field but the one it did not have yet.
            using (var directory = global::Lucene.Net.Store.FSDirectory.Open(Path.Combine(folder, LuceneSearchIndex.FolderName)))
            using (var writer = new global::Lucene.Net.Index.IndexWriter(directory, new global::Lucene.Net.Index.IndexWriterConfig(global::Lucene.Net.Util.LuceneVersion.LUCENE_48, new LegalReview.Search.Analysis.VietnameseAnalyzer())))
            {
                foreach (var entry in LuceneDocumentMapper.Map(CongDoan()))
                {
                    entry.RemoveFields(missingField);
                    writer.AddDocument(entry);
                }

                writer.Commit();
            }

            using var reopened = new LuceneSearchIndex(folder);

            (await reopened.GetIndexedStampsAsync()).ShouldBeEmpty();
            (await reopened.SearchAsync(new SearchQuery(""))).Total.ShouldBe(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Constructor_IndexOfOneWordTexts_KeepsIt()
    {
        // One-word texts make no word pairs; the index is still of the current layout and must not be emptied.
        var doc = CongDoan() with { Title = "Công đoàn", Provisions = [new IndexedProvision("dieu-1", ProvisionKind.Article, "1", null, "Công_đoàn", 0)] };
        await _index.IndexAsync([doc]);
        _index.Dispose();

        using var reopened = new LuceneSearchIndex(_folder);

        (await reopened.GetIndexedStampsAsync()).Keys.ShouldBe([7L]);
    }

    [Theory]
    // Luật Công đoàn 2012, Điều 12: "…có quyền trình dự án luật, pháp lệnh ra trước Quốc hội…"
    [InlineData("\"quyền trình dự án luật\"", true)]
    [InlineData("\"quyen trinh du an luat\"", true)]
    [InlineData("\"trình dự\"", true)]
    [InlineData("\"pháp lệnh ra trước quốc hội\"", true)]
    // Every word is in the text, but not in this order or not side by side.
    [InlineData("\"luật dự án trình\"", false)]
    [InlineData("\"quyền dự án luật\"", false)]
    [InlineData("\"trình dự án pháp lệnh\"", false)]
    public async Task SearchAsync_QuotedPhrase_MatchesOnlyTheWordsSideBySideInOrder(string phrase, bool matches)
    {
        await _index.IndexAsync([CongDoanArticle12()]);

        var hits = (await _index.SearchAsync(new SearchQuery(phrase))).Hits.Select(h => h.ProvisionId).ToList();

        if (matches)
        {
            hits.ShouldBe(["dieu-12"]);
        }
        else
        {
            hits.ShouldBeEmpty();
        }
    }
}
