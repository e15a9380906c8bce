using LegalReview.Core.Amendments;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Amendments;

public class AmendmentInstructionParserTests
{
    // Expected counts, counted by hand from the amending texts: one instruction per (operation, unit named); a list
    // "khoản 1, 2 và 3" is three; a phrase replaced "tại khoản 1 và khoản 3 Điều 24" is two; container items
    // ("1. Sửa đổi, bổ sung Điều 3 như sau: a) … b) …") count only their sub-items; numbered items that are not
    // instructions ("1. Luật này có hiệu lực …") count zero.
    //
    // 46/2014 (BHYT), Điều 1 items 1–28: 3,2,2,3,2,1,1,2,1,2,1,2,1,3,1,4,1,2,1,2,1,2,1,1,2,3,1,1 = 49.
    // 24/2012 (Điện lực), Điều 1 items 1–24: 2,3,2,1,3,1,1,1,1,1,3,1,3,1,3,3,1,1,2,1,1,1,6,1 = 44; Điều 2: khoản 1
    //   a 1, b 2, c 1, d 1 (unbalanced quotes: one unreadable instruction), đ 2, e 15 = 22; khoản 2: 3; khoản 3: 1;
    //   khoản 4: 5 (khoản 1, 3 Điều 24; end of điểm i/e/c); khoản 5: 11 (tên Chương VIII, tên 3 điều, 3+1+3 khoản) = 86.
    // 26/2012 (TNCN): 2,1,1,1,1,1 = 7.
    // 71/2014 (several tax laws): Điều 1: 1,1,1,1,2,1,1,1,1 = 10; Điều 2: 1,1,2,1,1,1,1 = 8; Điều 3: 1,1,2 = 4;
    //   Điều 4: 2; Điều 5: 3,1,1,1 = 6; Điều 6 (partial repeals, one per unit named) khoản 2 a–e: 2,1,1,1,2,1 = 8,
    //   khoản 3: 1, khoản 4: 3 = 12 → 42.
    // 52/2019 (CBCC + VC): Điều 1 items 1–19: 20 (item 17 names two khoản); item 20: 2+3+2+1+1 = 9; item 21: 5;
    //   item 22: 1 → 35; Điều 2 items 1–11: 12; item 12: 1+4; item 13: 2 → 19; total 54.
    // 12/2017 (BLHS): Điều 1, 141 items, sub-items of the 26 containers counted per unit (e.g. item 40: khoản 1, 2, 3
    //   + điểm a, b, c khoản 5 = 6; item 55: tên điều + 3 khoản + 3 điểm = 7) = 283; Điều 2 khoản 1 (a–u) = 42,
    //   khoản 2 (a–x) = 59, khoản 3 (a–k: 2,2,6,1,2,3,1,2,1,1) = 21 → 405.
    [Theory]
    [InlineData(AmendmentSets.Bhyt, "amending.txt", 49)]
    [InlineData(AmendmentSets.DienLuc, "amending.txt", 86)]
    [InlineData(AmendmentSets.Tncn, "amending.txt", 7)]
    [InlineData(AmendmentSets.Tncn, "amending2_71-2014-QH13.txt", 42)]
    [InlineData(AmendmentSets.CanBo, "amending.txt", 54)]
    [InlineData(AmendmentSets.Blhs, "amending.txt", 405)]
    public void Parse_RealAmendingLaw_FindsEveryInstruction(string set, string file, int expected)
    {
        var result = AmendmentInstructionParser.Parse(AmendmentSets.Read(set, file));

        result.Instructions.Count.ShouldBe(expected);
    }

    [Fact]
    public void Parse_Bhyt_ReadsHeaderAndCompoundAndListInstructions()
    {
        var r = AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.Bhyt, "amending.txt"));

        r.Number.ShouldBe("46/2014/QH13");
        r.EffectiveOn.ShouldBe(new DateOnly(2015, 1, 1));
        r.AmendedDocuments.ShouldBe(["25/2008/QH12"]);
        // "1. Sửa đổi, bổ sung khoản 1; bổ sung khoản 7 và khoản 8 Điều 2 như sau:"
        var first = r.Instructions.Where(i => i.SourceProvisionId == "dieu-1/khoan-1").ToList();
        first.Select(i => (i.Action, i.Target.Path)).ShouldBe(
            [(AmendmentAction.Amend, "dieu-2/khoan-1"), (AmendmentAction.InsertAfter, "dieu-2/khoan-7"), (AmendmentAction.InsertAfter, "dieu-2/khoan-8")]);
        first[1].NewText.ShouldStartWith("7. Hộ gia đình tham gia bảo hiểm y tế");
        // "4. Bổ sung các điều 7a, 7b và 7c vào sau Điều 7 như sau:" – each new article after the previous one.
        var list = r.Instructions.Where(i => i.SourceProvisionId == "dieu-1/khoan-4").ToList();
        list.Select(i => (i.Target.Path, i.InsertAfterLabel)).ShouldBe([("dieu-7a", "7"), ("dieu-7b", "7a"), ("dieu-7c", "7b")]);
        list[2].NewText.ShouldStartWith("Điều 7c. Trách nhiệm của Bộ Quốc phòng và Bộ Công an");
        list[0].NewText!.ShouldNotContain("Điều 7b");
        // "14. Bãi bỏ điểm b khoản 1 Điều 21; sửa đổi, bổ sung điểm c khoản 1 và khoản 2 Điều 21"
        r.Instructions.Where(i => i.SourceProvisionId == "dieu-1/khoan-14").Select(i => (i.Action, i.Target.Path)).ShouldBe(
            [(AmendmentAction.Repeal, "dieu-21/khoan-1/diem-b"), (AmendmentAction.Amend, "dieu-21/khoan-1/diem-c"), (AmendmentAction.Amend, "dieu-21/khoan-2")]);
    }

    [Fact]
    public void Parse_DienLuc_ReadsPassiveTitlesAndPhrases()
    {
        var ins = AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.DienLuc, "amending.txt")).Instructions;

        // "3. Khoản 1 và khoản 3 Điều 8 được sửa đổi, bổ sung như sau:"
        ins.Where(i => i.SourceProvisionId == "dieu-1/khoan-3").Select(i => i.Target.Path).ShouldBe(["dieu-8/khoan-1", "dieu-8/khoan-3"]);
        // "5. Sửa đổi, bổ sung tên Điều 9 và nội dung khoản 1, khoản 2 Điều 9 như sau:"
        var title = ins.Single(i => i.SourceProvisionId == "dieu-1/khoan-5" && i.Action == AmendmentAction.AmendHeading);
        title.Target.Path.ShouldBe("dieu-9#ten");
        title.NewText.ShouldBe("Lập, phê duyệt, công bố và điều chỉnh quy hoạch phát triển điện lực");
        // "2. Bổ sung khoản 1a vào sau khoản 1; …"
        ins.ShouldContain(i => i.Target.Path == "dieu-4/khoan-1a" && i.InsertAfterLabel == "1");
        // "3. Bổ sung từ “minh bạch” vào sau cụm từ “Bảo đảm công khai” tại khoản 1 Điều 17"
        ins.ShouldContain(i => i.Action == AmendmentAction.InsertPhrase && i.NewPhrase == "minh bạch"
            && i.Anchor == PhraseAnchor.After && i.AnchorPhrase == "Bảo đảm công khai" && i.Target.Path == "dieu-17/khoan-1");
        // "…; vào cuối điểm i khoản 2 Điều 39, …"
        ins.ShouldContain(i => i.Action == AmendmentAction.InsertPhrase && i.Anchor == PhraseAnchor.End && i.Target.Path == "dieu-39/khoan-2/diem-i");
        // "d) Thay từ “quy phạm bằng cụm từ “quy chuẩn kỹ thuật” …": kept, flagged, not guessed.
        ins.Single(i => i.SourceProvisionId == "dieu-2/khoan-1/diem-d").Action.ShouldBe(AmendmentAction.Unrecognized);
        // "5. Bổ sung từ “biên giới” vào sau cụm từ “nông thôn, miền núi” tại tên Chương VIII; tên các điều 60, 61 và 64; …"
        ins.Where(i => i.SourceProvisionId == "dieu-2/khoan-5" && i.Target.Heading).Select(i => i.Target.Path)
            .ShouldBe(["chuong-8#ten", "dieu-60#ten", "dieu-61#ten", "dieu-64#ten"]);
    }

    [Fact]
    public void Parse_RepealOfDescribedContent_KeepsTheDescriptionPerUnit()
    {
        var ins = AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.Tncn, "amending2_71-2014-QH13.txt")).Instructions
            .Where(i => i.Action == AmendmentAction.RepealDescribedContent).ToList();

        // Điều 6 khoản 2 "Bãi bỏ các nội dung quy định về tỷ giá … tại:" points a–e (a: Điều 8 and khoản 3 Điều 9;
        // đ: khoản 3 Điều 9 and Điều 14), and khoản 4 "Bãi bỏ các quy định liên quan đến … tại khoản 1 Điều 19, …".
        ins.Select(i => (i.SourceProvisionId, i.Target.Path)).ShouldBe(
        [
            ("dieu-6/khoan-2/diem-a", "dieu-8"), ("dieu-6/khoan-2/diem-a", "dieu-9/khoan-3"), ("dieu-6/khoan-2/diem-b", "dieu-6/khoan-1"),
            ("dieu-6/khoan-2/diem-c", "dieu-7/khoan-3"), ("dieu-6/khoan-2/diem-d", "dieu-6"), ("dieu-6/khoan-2/diem-dd", "dieu-9/khoan-3"),
            ("dieu-6/khoan-2/diem-dd", "dieu-14"), ("dieu-6/khoan-2/diem-e", "dieu-86/khoan-4"),
            ("dieu-6/khoan-4", "dieu-19/khoan-1"), ("dieu-6/khoan-4", "dieu-20/khoan-1"), ("dieu-6/khoan-4", "dieu-21/khoan-1"),
        ], ignoreOrder: true);
        ins.Where(i => i.SourceProvisionId.StartsWith("dieu-6/khoan-2/", StringComparison.Ordinal)).Select(i => i.RepealedContent).Distinct().ShouldBe([
            "các nội dung quy định về tỷ giá khi xác định doanh thu, chi phí, giá tính thuế, thu nhập tính thuế, thu nhập chịu thuế và thuế nộp ngân sách nhà nước"]);
        ins.Where(i => i.SourceProvisionId == "dieu-6/khoan-4").ShouldAllBe(i => i.RepealedContent ==
            "các quy định liên quan đến việc xác định thuế đối với cá nhân kinh doanh");
        ins.ShouldAllBe(i => i.Problem == null);
    }

    [Theory]
    [InlineData("Bãi bỏ các quy định liên quan đến việc xác định thuế đối với cá nhân kinh doanh tại khoản 1 Điều 19", "các quy định liên quan đến việc xác định thuế đối với cá nhân kinh doanh")]
    [InlineData("Bãi bỏ nội dung về tỷ giá tại: a) Điều 8", "nội dung về tỷ giá")]
    // No content named: the whole clause may be meant, so it is not taken as a described-content repeal.
    [InlineData("Bãi bỏ quy định tại khoản 2 Điều 5", null)]
    [InlineData("Bãi bỏ các nội dung tại khoản 2 Điều 5", null)]
    [InlineData("Bãi bỏ khoản 2 Điều 5", null)]
    public void DescribedContent_RepealSentence_ReturnsTheContentNamed(string sentence, string? expected) =>
        InstructionSentenceParser.DescribedContent(sentence).ShouldBe(expected);

    [Fact]
    public void Parse_LawNamingATargetWithTwoNumbers_ListsBothSpellings()
    {
        // Điều 2 of Luật 71/2014 writes Luật thuế TNCN "04/2007/QH11"; Điều 6 khoản 4 writes its real number, QH12.
        var r = AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.Tncn, "amending2_71-2014-QH13.txt"));

        r.AmendedDocuments.ShouldContain("04/2007/QH11");
        r.AmendedDocuments.ShouldContain("04/2007/QH12");
    }

    [Fact]
    public void Parse_LawAmendingTwoLaws_ResolvesTargetPerArticle()
    {
        var ins = AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.CanBo, "amending.txt")).Instructions;

        ins.Where(i => i.SourceProvisionId.StartsWith("dieu-1/", StringComparison.Ordinal)).ShouldAllBe(i => i.TargetDocumentNumber == "22/2008/QH12");
        ins.Where(i => i.SourceProvisionId.StartsWith("dieu-2/", StringComparison.Ordinal)).ShouldAllBe(i => i.TargetDocumentNumber == "58/2010/QH12");
        // "thay thế cụm từ “phân loại đánh giá” và từ “phân loại” bằng cụm từ “xếp loại chất lượng” tại Điều 42"
        ins.Where(i => i.SourceProvisionId == "dieu-2/khoan-12/diem-b" && i.Target.Path == "dieu-42").Select(i => i.OldPhrase)
            .ShouldBe(["phân loại đánh giá", "phân loại"]);
    }

    [Fact]
    public void Parse_Blhs_ReadsContainersRelativeAddressesAndAnchoredPhrases()
    {
        var ins = AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.Blhs, "amending.txt")).Instructions;

        // "1. Sửa đổi, bổ sung Điều 3 như sau: a) Sửa đổi, bổ sung điểm d khoản 1 Điều 3 như sau:" – the container is no instruction.
        ins.Where(i => i.SourceProvisionId.StartsWith("dieu-1/khoan-1/", StringComparison.Ordinal)).Select(i => i.Target.Path)
            .ShouldBe(["dieu-3/khoan-1/diem-d", "dieu-3/khoan-2/diem-d"]);
        // "a) Sửa đổi, bổ sung tên điều, các khoản 1, 2 và 3 Điều 195"
        ins.Where(i => i.SourceProvisionId == "dieu-1/khoan-45/diem-a").Select(i => i.Target.Path)
            .ShouldBe(["dieu-195#ten", "dieu-195/khoan-1", "dieu-195/khoan-2", "dieu-195/khoan-3"]);
        ins.Single(i => i.SourceProvisionId == "dieu-1/khoan-141").ShouldSatisfyAllConditions(
            i => i.Action.ShouldBe(AmendmentAction.Repeal), i => i.Target.Path.ShouldBe("dieu-292"));
        // "g) … tại khoản 2, cụm từ … tại khoản 3 Điều 138": khoản 2 takes its article from the right.
        ins.Where(i => i.SourceProvisionId == "dieu-2/khoan-1/diem-g").Select(i => i.Target.Path).Take(2)
            .ShouldBe(["dieu-138/khoan-2", "dieu-138/khoan-3"]);
        // "b) Thay thế dấu “,” bằng từ “hoặc” trước cụm từ “người đủ 70 tuổi trở lên” tại điểm i khoản 1, trước cụm từ … Điều 52"
        ins.Where(i => i.SourceProvisionId == "dieu-2/khoan-2/diem-b").Select(i => (i.Target.Path, i.OldPhrase, i.NewPhrase, i.Anchor)).ShouldBe(
        [
            ("dieu-52/khoan-1/diem-i", ",", "hoặc", PhraseAnchor.Before),
            ("dieu-52/khoan-1/diem-m", ",", "hoặc", PhraseAnchor.Before),
            ("dieu-52/khoan-1/diem-n", ",", "hoặc", PhraseAnchor.Before),
        ]);
        ins.ShouldAllBe(i => i.EffectiveOn == new DateOnly(2018, 1, 1));
    }

    [Fact]
    public void Parse_BaseLawInsteadOfAmendingLaw_IsRejectedWithReason()
    {
        var ex = Should.Throw<DocumentRejectedException>(() => AmendmentInstructionParser.Parse(AmendmentSets.Read(AmendmentSets.Bhyt, "base.txt")));

        ex.Message.ShouldContain("Không tìm thấy chỉ dẫn");
    }
}
