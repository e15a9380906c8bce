using LegalReview.Core.Consolidation;
using LegalReview.Core.Diffing;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;
using LegalReview.Core.Tests.Consolidation;

namespace LegalReview.Core.Tests.Diffing;

public class VersionDiffTests
{
    [Fact]
    public void Split_VietnameseSentence_KeepsSyllablesNumbersAndPunctuationApart()
    {
        VietnameseChunker.Split("phạt tiền từ 1.000.000.000 đồng, hoặc 31%;")
            .ShouldBe(["phạt", " ", "tiền", " ", "từ", " ", "1.000.000.000", " ", "đồng", ",", " ", "hoặc", " ", "31%", ";"]);
    }

    [Fact]
    public void Html_PhraseReplaced_MarksOnlyTheChangedSyllablesAndEncodes()
    {
        var html = InlineDiff.Html("Bộ Công nghiệp <quy định>", "Bộ Công thương <quy định>");

        html.ShouldBe("Bộ Công <del>nghiệp</del><ins>thương</ins> &lt;quy định&gt;");
    }

    [Fact]
    public void Compare_SameDocument_FindsNothing()
    {
        var doc = ConsolidationFixture.Get("bhyt").Document;

        VersionDiff.Compare(doc, doc).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Compare_BhytBaseAndConsolidated_ReportsAddedRemovedAndChangedUnits()
    {
        var before = ConsolidationFixture.Base(Amendments.AmendmentSets.Bhyt, "base.txt");
        var after = ConsolidationFixture.Get("bhyt").Document;

        var d = VersionDiff.Compare(before, after);

        d.Added.ShouldContain(id => id.EndsWith("dieu-7a", StringComparison.Ordinal));
        d.Added.ShouldContain(id => id.EndsWith("dieu-2/khoan-8", StringComparison.Ordinal));
        var repealed = d.Changed.Single(c => c.Id.EndsWith("dieu-21/khoan-1/diem-b", StringComparison.Ordinal));
        repealed.New.ShouldBe("b) (được bãi bỏ)");
        repealed.InlineHtml.ShouldBe("b) <del>Khám bệnh để sàng lọc, chẩn đoán sớm một số bệnh;</del><ins>(được bãi bỏ)</ins>");
        d.Changed.ShouldContain(c => c.Id.EndsWith("dieu-14/khoan-5", StringComparison.Ordinal) && c.New.Contains("20 lần mức lương cơ sở"));
    }

    [Fact]
    public void Compare_Blhs_RepealedArticleIsChangedNotRemoved()
    {
        var before = ConsolidationFixture.Base(Amendments.AmendmentSets.Blhs, "base.txt");
        var after = ConsolidationFixture.Get("blhs").Document;

        var d = VersionDiff.Compare(before, after);

        d.Changed.ShouldContain(c => c.Id.EndsWith("dieu-292", StringComparison.Ordinal) && c.New == "Điều 292. (được bãi bỏ)");
        d.Removed.ShouldContain(id => id.Contains("dieu-292/", StringComparison.Ordinal));
        d.Added.ShouldContain(id => id.EndsWith("dieu-217a", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("blhs")]
    [InlineData("bhyt")]
    [InlineData("dienluc")]
    public void Compare_RealSet_FindsTheUnitsAndMovesOfTheAllPairsReference(string set)
    {
        var (before, after) = (ConsolidationFixture.BaseOf(set), ConsolidationFixture.Get(set).Document);

        var d = VersionDiff.Compare(before, after);

        var expected = Reference(before, after);
        d.Moved.ShouldBe(expected.Moved);
        d.Added.ShouldBe(expected.Added);
        d.Removed.ShouldBe(expected.Removed);
        if (set == "blhs") d.Moved.Count.ShouldBe(15);
    }

    [Fact]
    public void Compare_RenumberedAndTiedUnits_MovesAsTheAllPairsReference()
    {
        const string text = "Người nào vì vụ lợi mà chiếm giữ trái phép tài sản của người khác trị giá từ 10.000.000 đồng trở lên";
        var before = Document(
            Article("dieu-1", "1", "Tội chiếm giữ trái phép tài sản", text),
            Article("dieu-2", "2", "Tội chiếm giữ trái phép tài sản", text),
            Article("dieu-3", "3", "Tội khác", "Một nội dung hoàn toàn khác không liên quan"),
            Article("dieu-4", "4", null, ""));
        var after = Document(
            Article("dieu-5", "5", "Tội chiếm giữ trái phép tài sản", text + " hoặc dưới 10.000.000 đồng nhưng đã bị xử phạt"),
            Article("dieu-6", "6", "Tội chiếm giữ trái phép tài sản", text),
            Article("dieu-3", "3", "Tội khác", "Một nội dung hoàn toàn khác không liên quan"),
            Article("dieu-7", "7", null, ""));

        var d = VersionDiff.Compare(before, after);

        var expected = Reference(before, after);
        d.Moved.ShouldBe(expected.Moved);
        d.Moved.ShouldNotBeEmpty();
        d.Added.ShouldBe(expected.Added);
        d.Removed.ShouldBe(expected.Removed);
    }

    private static ParsedProvision Article(string id, string label, string? heading, string text) =>
        new(id, ProvisionKind.Article, label, heading, text, []);

    private static ParsedDocument Document(params ParsedProvision[] articles) =>
        new("1/2020/QH14", DocumentType.Law, "Luật", "Quốc hội", null, null, null, "", null, null, [], articles, "");

    /// <summary>The move matching as first written: every removed unit scored against every added one of its kind.</summary>
    private static (List<string> Added, List<string> Removed, List<MovedProvision> Moved) Reference(ParsedDocument a, ParsedDocument b)
    {
        var oldIds = a.AllProvisions().Select(p => p.Id).ToHashSet();
        var newIds = b.AllProvisions().Select(p => p.Id).ToHashSet();
        var removed = a.AllProvisions().Where(p => !newIds.Contains(p.Id)).ToList();
        var added = b.AllProvisions().Where(p => !oldIds.Contains(p.Id)).ToList();
        HashSet<string> Shingles(ParsedProvision p) => Similarity.Shingles(ProvisionTextRenderer.Own(p) + " " + p.Heading);
        var candidates = new List<(string From, string To, double Score)>();
        foreach (var r in removed)
        {
            foreach (var p in added.Where(p => p.Kind == r.Kind))
            {
                var score = Similarity.Jaccard(Shingles(r), Shingles(p));
                if (score >= VersionDiff.MoveThreshold) candidates.Add((r.Id, p.Id, score));
            }
        }
        var (usedFrom, usedTo, moves) = (new HashSet<string>(), new HashSet<string>(), new List<MovedProvision>());
        foreach (var c in candidates.OrderByDescending(c => c.Score))
        {
            if (!usedFrom.Add(c.From)) continue;
            if (!usedTo.Add(c.To)) { usedFrom.Remove(c.From); continue; }
            moves.Add(new MovedProvision(c.From, c.To, Math.Round(c.Score, 3)));
        }
        return (added.Select(p => p.Id).Where(id => !moves.Any(m => m.To == id)).ToList(),
            removed.Select(p => p.Id).Where(id => !moves.Any(m => m.From == id)).ToList(), moves);
    }
}
