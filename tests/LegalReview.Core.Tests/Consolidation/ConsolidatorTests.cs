using LegalReview.Core.Amendments;
using LegalReview.Core.Consolidation;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;
using LegalReview.Core.Tests.Amendments;

namespace LegalReview.Core.Tests.Consolidation;

public class ConsolidatorTests
{
    // Hand-counted instructions per set and the measured share applied. What stays unresolved: Điện lực 2 (a typo
    // "phi" for "phí" and an unbalanced quote in Luật 24/2012). TNCN counts 4 repeals of described content (Luật
    // 71/2014: "các nội dung quy định về tỷ giá …", "các quy định liên quan đến … cá nhân kinh doanh") as applied:
    // their units carry the note and keep their words, which are not guessed (see the test below).
    [Theory]
    [InlineData("bhyt", 49, 1.0)]
    [InlineData("dienluc", 86, 84.0 / 86)]
    [InlineData("canbo", 35, 1.0)]
    [InlineData("vienchuc", 19, 1.0)]
    [InlineData("blhs", 405, 1.0)]
    [InlineData("tncn", 19, 1.0)]
    public void Apply_RealSet_AppliesAtLeastTheMeasuredShare(string set, int considered, double minRate)
    {
        var r = ConsolidationFixture.Get(set);

        r.Outcomes.Count(o => o.Status != InstructionStatus.Skipped).ShouldBe(considered);
        r.AppliedRate.ShouldBeGreaterThanOrEqualTo(minRate);
        r.Outcomes.Where(o => o.Status == InstructionStatus.Unresolved).ShouldAllBe(o => !string.IsNullOrWhiteSpace(o.Reason));
    }

    [Fact]
    public void Apply_Bhyt_NotesNameTheInstructionLikeAVbhn()
    {
        var r = ConsolidationFixture.Get("bhyt");

        var note = r.Notes.Single(n => n.ProvisionId.EndsWith("dieu-2/khoan-7", StringComparison.Ordinal));
        note.Text.ShouldBe("Khoản này được bổ sung theo quy định tại khoản 1 Điều 1 của Luật số 46/2014/QH13, có hiệu lực kể từ ngày 01 tháng 01 năm 2015.");
        r.Notes.ShouldContain(n => n.ProvisionId.EndsWith("dieu-21/khoan-1/diem-b", StringComparison.Ordinal)
            && n.Text.StartsWith("Điểm này được bãi bỏ theo quy định tại khoản 14 Điều 1", StringComparison.Ordinal));
        r.Outcomes.Where(o => o.Status == InstructionStatus.Applied).ShouldAllBe(o => o.ProvisionId != null && o.Note != null);
    }

    [Fact]
    public void Apply_Bhyt_InsertsNewArticlesInOrderAfterArticle7()
    {
        var labels = ConsolidationFixture.Get("bhyt").Document.Articles().Select(a => a.Label).ToList();

        labels.Skip(labels.IndexOf("7")).Take(5).ShouldBe(["7", "7a", "7b", "7c", "8"]);
    }

    [Fact]
    public void Apply_VienChuc_SkipsInstructionsForTheOtherLaw()
    {
        var r = ConsolidationFixture.Get("vienchuc");

        r.Outcomes.Count(o => o.Status == InstructionStatus.Skipped).ShouldBe(35);
        r.Outcomes.Where(o => o.Status == InstructionStatus.Skipped).ShouldAllBe(o => o.Reason!.Contains("22/2008/QH12"));
    }

    [Fact]
    public void Apply_DienLuc_UnbalancedQuoteIsUnresolvedNotGuessed()
    {
        var r = ConsolidationFixture.Get("dienluc");

        var o = r.Outcomes.Single(x => x.Instruction.SourceProvisionId == "dieu-2/khoan-1/diem-d");
        o.Status.ShouldBe(InstructionStatus.Unresolved);
        o.Reason!.ShouldContain("ngoặc kép");
        ProvisionTextRenderer.Own(ConsolidationFixture.Unit(r.Document, "dieu-11/khoan-4")).ShouldContain("quy phạm");
    }

    [Fact]
    public void Apply_AsOfBeforeEffectiveDate_LeavesTheBaseUnchanged()
    {
        var baseDoc = ConsolidationFixture.Base(AmendmentSets.Bhyt, "base.txt");
        var instructions = AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.Bhyt, "amending.txt")).Instructions;

        var r = Consolidator.Apply(baseDoc, instructions, new DateOnly(2014, 12, 31));

        r.Outcomes.ShouldAllBe(o => o.Status == InstructionStatus.Skipped);
        r.Document.AllProvisions().Select(p => p.Text).ShouldBe(baseDoc.AllProvisions().Select(p => p.Text));
    }

    [Fact]
    public void Apply_AmendingLawOfAnotherBase_IsRejectedWithReason()
    {
        var baseDoc = ConsolidationFixture.Base(AmendmentSets.DienLuc, "base.txt");
        var instructions = AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.Bhyt, "amending.txt")).Instructions;

        var ex = Should.Throw<DocumentRejectedException>(() => Consolidator.Apply(baseDoc, instructions));

        ex.Message.ShouldContain("không sửa đổi văn bản số 28/2004/QH11");
        ex.Message.ShouldContain("25/2008/QH12");
    }

    [Fact]
    public void Apply_BaseWithoutArticles_IsRejectedWithReason()
    {
        var empty = new ParsedDocument("1/2020/QH14", DocumentType.Law, "Luật", "Quốc hội", null, null, null, "", null, null, [], [], "");

        var ex = Should.Throw<DocumentRejectedException>(() => Consolidator.Apply(empty, []));

        ex.Message.ShouldContain("không có điều nào");
    }

    [Fact]
    public void Apply_Tncn_RepealOfDescribedContentKeepsTheWordsAndNamesTheContentInANote()
    {
        var r = ConsolidationFixture.Get("tncn");

        var described = r.Outcomes.Where(o => o.Instruction.Action == AmendmentAction.RepealDescribedContent && o.Status != InstructionStatus.Skipped).ToList();
        described.Select(o => o.ProvisionId).ShouldBe(["chuong-1/dieu-6/khoan-1", "chuong-2/dieu-19/khoan-1", "chuong-2/dieu-20/khoan-1", "chuong-2/dieu-21/khoan-1"], ignoreOrder: true);
        described.ShouldAllBe(o => o.Status == InstructionStatus.Applied && o.Reason!.Contains("không trích dẫn nguyên văn"));
        // The words stay: which of them are "nội dung quy định về tỷ giá" is for the reader to decide.
        ProvisionTextRenderer.Own(ConsolidationFixture.Unit(r.Document, "dieu-6/khoan-1")).ShouldBe(
            ProvisionTextRenderer.Own(ConsolidationFixture.Unit(ConsolidationFixture.BaseOf("tncn"), "dieu-6/khoan-1")));
        ProvisionTextRenderer.Own(ConsolidationFixture.Unit(r.Document, "dieu-6/khoan-1")).ShouldContain("theo tỷ giá giao dịch bình quân");
        r.Notes.Single(n => n.ProvisionId.EndsWith("dieu-6/khoan-1", StringComparison.Ordinal)).Text
            .ShouldBe("Các nội dung quy định về tỷ giá khi xác định doanh thu, chi phí, giá tính thuế, thu nhập tính thuế, thu nhập chịu thuế "
                + "và thuế nộp ngân sách nhà nước tại khoản này được bãi bỏ theo quy định tại điểm b khoản 2 Điều 6 của Luật số 71/2014/QH13, "
                + "có hiệu lực kể từ ngày 01 tháng 01 năm 2015.");
        r.Notes.Single(n => n.ProvisionId.EndsWith("dieu-20/khoan-1", StringComparison.Ordinal)).Text
            .ShouldBe("Các quy định liên quan đến việc xác định thuế đối với cá nhân kinh doanh tại khoản này được bãi bỏ theo quy định "
                + "tại khoản 4 Điều 6 của Luật số 71/2014/QH13, có hiệu lực kể từ ngày 01 tháng 01 năm 2015.");
    }

    [Fact]
    public void Apply_DienLuc_PhraseMissingATonemarkIsShownNotApplied()
    {
        var r = ConsolidationFixture.Get("dienluc");

        var o = r.Outcomes.Single(x => x.Instruction.OldPhrase == "phi dịch vụ phụ trợ");
        o.Status.ShouldBe(InstructionStatus.Unresolved);
        o.Reason!.ShouldContain("Văn bản gốc có “phí dịch vụ phụ trợ” (khác dấu)");
        ProvisionTextRenderer.Own(ConsolidationFixture.Unit(r.Document, "dieu-21/khoan-1/diem-h")).ShouldBe("h) Cung cấp các dịch vụ phụ trợ và phí dịch vụ phụ trợ;");
    }

    [Fact]
    public void Apply_DienLuc_OneInstructionAtManyPlacesNamesEachChangedUnit()
    {
        var r = ConsolidationFixture.Get("dienluc");

        // "Thay cụm từ “Bộ Công nghiệp” bằng cụm từ “Bộ Công thương” tại khoản 7 Điều 3; khoản 4 Điều 10; …": the same note on every unit.
        var ids = r.Outcomes.Where(x => x.Instruction.OldPhrase == "Bộ Công nghiệp" && x.Status == InstructionStatus.Applied)
            .Select(x => x.ProvisionId!).ToList();
        ids.Count.ShouldBeGreaterThan(10);
        ids.Distinct().Count().ShouldBe(ids.Count);
        ids.ShouldContain(id => id.EndsWith("dieu-3/khoan-7", StringComparison.Ordinal));
        ids.ShouldContain(id => id.EndsWith("dieu-65/khoan-3", StringComparison.Ordinal));
    }
}
