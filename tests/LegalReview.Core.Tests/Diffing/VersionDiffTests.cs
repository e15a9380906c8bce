using LegalReview.Core.Diffing;
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
}
