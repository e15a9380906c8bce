using System.Text;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Parsing;

/// <summary>Edge cases of the parser on small texts written in the shape of real provincial documents.</summary>
public class StructureParserTests
{
    private const string Decree = """
        CHÍNH PHỦ
        -------
        Số: 145/2020/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Hà Nội, ngày 14 tháng 12 năm 2020
        NGHỊ ĐỊNH
        QUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA BỘ LUẬT LAO ĐỘNG VỀ ĐIỀU KIỆN LAO ĐỘNG VÀ QUAN HỆ LAO ĐỘNG
        Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
        Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019;
        Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;
        Chính phủ ban hành Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động.
        Chương I
        QUY ĐỊNH CHUNG
        Điều 1. Phạm vi điều chỉnh
        Nghị định này quy định chi tiết một số điều của Bộ luật Lao động.
        Điều 7. Thời hạn báo trước
        1. Người lao động báo trước như sau:
        a) Ít nhất 120 ngày;
        b) Ít nhất 30 ngày.
        1a. Khoản được bổ sung.
        2. Trường hợp khác.
        Điều 7a. Điều được bổ sung
        Nội dung của Điều 7a.
        Điều 8. Hiệu lực thi hành
        Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2021.
        Nơi nhận:
        - Ban Bí thư Trung ương Đảng;
        TM. CHÍNH PHỦ
        THỦ TƯỚNG
        Nguyễn Xuân Phúc
        """;

    [Fact]
    public void Parse_Decree_ReadsHeaderBasesAndInsertedUnits()
    {
        var parsed = StructureParser.Parse(Decree);

        parsed.Number.ShouldBe("145/2020/NĐ-CP");
        parsed.Type.ShouldBe(DocumentType.Decree);
        parsed.Issuer.ShouldBe("Chính phủ");
        parsed.Place.ShouldBe("Hà Nội");
        parsed.IssuedOn.ShouldBe(new DateOnly(2020, 12, 14));
        parsed.EffectiveOn.ShouldBe(new DateOnly(2021, 2, 1));
        parsed.Title.ShouldStartWith("Nghị định quy định chi tiết và hướng dẫn thi hành");
        parsed.Bases.Count.ShouldBe(2);
        parsed.Bases[0].DocumentType.ShouldBe("Luật");
        parsed.Bases[0].Number.ShouldBeNull();
        parsed.Bases[1].DocumentType.ShouldBe("Bộ luật");
        parsed.Bases[1].Number.ShouldBe("45/2019/QH14");
        parsed.Articles().Select(a => a.Id).ShouldBe(["chuong-1/dieu-1", "chuong-1/dieu-7", "chuong-1/dieu-7a", "chuong-1/dieu-8"]);
        parsed.Article("7").Children.Select(c => c.Id).ShouldBe(["chuong-1/dieu-7/khoan-1", "chuong-1/dieu-7/khoan-1a", "chuong-1/dieu-7/khoan-2"]);
        parsed.Signer.ShouldBe("Nguyễn Xuân Phúc");
        // "Nơi nhận" ends the body: the recipients are not text of Điều 8.
        parsed.Article("8").Text.ShouldNotContain("Ban Bí thư");
    }

    [Fact]
    public void Parse_NfdTextWithOldTonePlacement_IsNormalizedFirst()
    {
        var nfd = Decree.Replace("Hòa", "Hoà").Replace("Thời hạn", "Thời hạn thuỷ").Normalize(NormalizationForm.FormD);

        var parsed = StructureParser.Parse(nfd);

        parsed.Article("7").Heading.ShouldBe("Thời hạn thủy báo trước");
        parsed.Text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        parsed.Text.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Theory]
    [InlineData("hoà giải", "hòa giải")]
    [InlineData("Khoẻ mạnh", "Khỏe mạnh")]
    [InlineData("thuỷ sản", "thủy sản")]
    [InlineData("quý", "quý")]
    [InlineData("hoàn thành", "hoàn thành")]
    [InlineData("CỘNG HOÀ", "CỘNG HÒA")]
    public void NormalizeLine_OldTonePlacement_BecomesCanonical(string input, string expected)
    {
        VietnameseText.NormalizeLine(input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    public void Parse_EmptyText_IsRejected(string text)
    {
        Should.Throw<DocumentRejectedException>(() => StructureParser.Parse(text)).Message.ShouldContain("rỗng");
    }

    [Fact]
    public void Parse_NewsArticle_IsRejectedWithReason()
    {
        const string news = """
            Tăng lương tối thiểu vùng từ ngày 01/7
            Theo đề xuất mới, mức lương tối thiểu vùng sẽ tăng 6% so với hiện hành.
            1. Vùng I tăng lên 4.960.000 đồng/tháng.
            Người lao động kỳ vọng chính sách mới sẽ sớm được áp dụng.
            """;

        var ex = Should.Throw<DocumentRejectedException>(() => StructureParser.Parse(news));

        ex.Message.ShouldContain("không tìm thấy Điều nào");
    }

    [Fact]
    public void Parse_ArticlesWithoutNumberOrType_IsRejected()
    {
        var ex = Should.Throw<DocumentRejectedException>(() => StructureParser.Parse("Ghi chú họp\nĐiều 1. Việc cần làm\nMua giấy."));

        ex.Message.ShouldContain("số, ký hiệu");
    }

    [Fact]
    public void Parse_WordNumberedTxt_IsRejectedWithDocxHint()
    {
        // The .txt of Luật ATVSLĐ 2015 lost its "Điều N." labels (they were Word automatic numbering).
        var text = File.ReadAllText(RepoPaths.Samples("laws/luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.txt"));

        Should.Throw<DocumentRejectedException>(() => StructureParser.Parse(text)).Message.ShouldContain(".docx");
    }

    [Fact]
    public void Parse_RunningTextMentioningChapter_IsNotAChapter()
    {
        var parsed = StructureParser.Parse(Decree.Replace("Nội dung của Điều 7a.", "Chương II của Nghị định này không áp dụng."));

        parsed.Count(ProvisionKind.Chapter).ShouldBe(1);
        parsed.Article("7a").Text.ShouldBe("Chương II của Nghị định này không áp dụng.");
    }

    [Fact]
    public void Parse_PointsOutOfSequence_StayText()
    {
        var parsed = StructureParser.Parse(Decree.Replace("b) Ít nhất 30 ngày.", "b) Ít nhất 30 ngày.\na) không phải điểm mới"));

        var clause = parsed.Article("7").Children[0];
        clause.Children.Select(p => p.Label).ShouldBe(["a", "b"]);
        clause.Children[1].Text.ShouldEndWith("a) không phải điểm mới");
    }
}
