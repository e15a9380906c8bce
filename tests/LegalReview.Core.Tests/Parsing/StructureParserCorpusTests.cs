using LegalReview.Core.Documents;

namespace LegalReview.Core.Tests.Parsing;

/// <summary>Structure counts on the real laws of samples/laws (acceptance of the foundation issue).</summary>
public class StructureParserCorpusTests
{
    public const string LabourCode = "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt";
    public const string TradeUnion = "laws/luat-cong-doan-2012_12-2012-QH13.txt";
    public const string Employment = "laws/luat-viec-lam-2013_38-2013-QH13.txt";
    public const string SocialInsurance = "laws/luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt";
    public const string OverseasWorkers = "laws/luat-nguoi-lao-dong-vn-di-lam-viec-o-nuoc-ngoai-2020_69-2020-QH14.txt";

    [Theory]
    [InlineData(LabourCode, 17, 220)]
    [InlineData(TradeUnion, 6, 33)]
    [InlineData(Employment, 7, 62)]
    [InlineData(SocialInsurance, 9, 125)]
    [InlineData(OverseasWorkers, 8, 74)]
    public void Parse_SampleLaw_HasExpectedChaptersAndArticlesInOrder(string file, int chapters, int articles)
    {
        var parsed = CorpusParsing.Sample(file);

        parsed.Count(ProvisionKind.Chapter).ShouldBe(chapters);
        parsed.Articles().Select(a => a.Label).ShouldBe(Enumerable.Range(1, articles).Select(n => n.ToString()));
    }

    // Clause ("1. …") and point ("a) …") lines counted by hand in each article of the .txt.
    [Theory]
    [InlineData(LabourCode, "1", 0, 0)]
    [InlineData(LabourCode, "2", 4, 0)]
    [InlineData(LabourCode, "3", 9, 0)]
    [InlineData(LabourCode, "4", 7, 0)]
    [InlineData(LabourCode, "5", 2, 10)]
    [InlineData(LabourCode, "6", 2, 10)]
    [InlineData(LabourCode, "7", 4, 0)]
    [InlineData(LabourCode, "18", 5, 8)]
    [InlineData(LabourCode, "20", 2, 5)]
    [InlineData(LabourCode, "21", 5, 10)]
    [InlineData(LabourCode, "30", 2, 8)]
    [InlineData(LabourCode, "35", 2, 11)]
    [InlineData(TradeUnion, "1", 0, 0)]
    [InlineData(TradeUnion, "2", 0, 0)]
    [InlineData(TradeUnion, "3", 0, 0)]
    [InlineData(TradeUnion, "4", 8, 0)]
    [InlineData(TradeUnion, "5", 2, 0)]
    [InlineData(TradeUnion, "6", 2, 0)]
    [InlineData(TradeUnion, "8", 0, 0)]
    [InlineData(TradeUnion, "9", 4, 0)]
    [InlineData(TradeUnion, "13", 0, 0)]
    [InlineData(TradeUnion, "14", 2, 3)]
    [InlineData(TradeUnion, "27", 2, 12)]
    [InlineData(Employment, "1", 0, 0)]
    [InlineData(Employment, "3", 5, 0)]
    [InlineData(Employment, "4", 3, 0)]
    [InlineData(Employment, "5", 6, 0)]
    [InlineData(Employment, "6", 6, 0)]
    [InlineData(Employment, "11", 2, 3)]
    [InlineData(Employment, "12", 2, 4)]
    [InlineData(Employment, "13", 3, 6)]
    [InlineData(Employment, "15", 2, 3)]
    [InlineData(Employment, "18", 3, 5)]
    [InlineData(Employment, "19", 3, 2)]
    [InlineData(SocialInsurance, "1", 0, 0)]
    [InlineData(SocialInsurance, "2", 5, 9)]
    [InlineData(SocialInsurance, "3", 7, 0)]
    [InlineData(SocialInsurance, "4", 3, 7)]
    [InlineData(SocialInsurance, "5", 5, 0)]
    [InlineData(SocialInsurance, "6", 5, 0)]
    [InlineData(SocialInsurance, "7", 7, 0)]
    [InlineData(SocialInsurance, "14", 3, 7)]
    [InlineData(SocialInsurance, "15", 2, 5)]
    [InlineData(SocialInsurance, "18", 8, 7)]
    [InlineData(SocialInsurance, "26", 3, 4)]
    [InlineData(OverseasWorkers, "1", 0, 0)]
    [InlineData(OverseasWorkers, "2", 4, 0)]
    [InlineData(OverseasWorkers, "3", 6, 0)]
    [InlineData(OverseasWorkers, "4", 5, 0)]
    [InlineData(OverseasWorkers, "5", 3, 4)]
    [InlineData(OverseasWorkers, "6", 2, 18)]
    [InlineData(OverseasWorkers, "7", 17, 11)]
    [InlineData(OverseasWorkers, "8", 2, 0)]
    [InlineData(OverseasWorkers, "10", 2, 6)]
    [InlineData(OverseasWorkers, "11", 2, 6)]
    [InlineData(OverseasWorkers, "12", 4, 3)]
    public void Parse_Article_HasClauseAndPointCountsOfTheText(string file, string article, int clauses, int points)
    {
        var node = CorpusParsing.Sample(file).Article(article);
        var all = node.SelfAndDescendants().ToList();

        all.Count(p => p.Kind == ProvisionKind.Clause).ShouldBe(clauses);
        all.Count(p => p.Kind == ProvisionKind.Point).ShouldBe(points);
    }

    [Fact]
    public void Parse_LabourCode_Article35ClausesAndPointsAreAddressable()
    {
        var article = CorpusParsing.Sample(LabourCode).Article("35");

        article.Id.ShouldBe("chuong-3/dieu-35");
        article.Heading.ShouldBe("Quyền đơn phương chấm dứt hợp đồng lao động của người lao động");
        var clause1 = article.Children[0];
        clause1.Id.ShouldBe("chuong-3/dieu-35/khoan-1");
        clause1.Text.ShouldStartWith("Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước");
        clause1.Children.Select(p => p.Id).ShouldBe(["chuong-3/dieu-35/khoan-1/diem-a", "chuong-3/dieu-35/khoan-1/diem-b", "chuong-3/dieu-35/khoan-1/diem-c", "chuong-3/dieu-35/khoan-1/diem-d"]);
        clause1.Children[0].Text.ShouldBe("Ít nhất 45 ngày nếu làm việc theo hợp đồng lao động không xác định thời hạn;");
        // The source lost the tab before "đ)": the point is still recognized, with the Vietnamese letter order.
        article.Children[1].Children.Select(p => p.Label).ShouldBe(["a", "b", "c", "d", "đ", "e", "g"]);
        article.Children[1].Children[4].Id.ShouldBe("chuong-3/dieu-35/khoan-2/diem-dd");
    }

    [Fact]
    public void Parse_LabourCode_ChaptersAndSectionsCarryTheirHeadings()
    {
        var parsed = CorpusParsing.Sample(LabourCode);
        var chapter3 = parsed.Provisions.Single(p => p.Id == "chuong-3");

        chapter3.Label.ShouldBe("III");
        chapter3.Heading.ShouldBe("HỢP ĐỒNG LAO ĐỘNG");
        chapter3.Children.ShouldAllBe(c => c.Kind == ProvisionKind.Section);
        chapter3.Children[0].Id.ShouldBe("chuong-3/muc-1");
        parsed.Count(ProvisionKind.Section).ShouldBe(24);
    }

    [Fact]
    public void Parse_PenalCode_ReadsPhanThuNhatAndAllArticles()
    {
        var parsed = CorpusParsing.Sample("amendments/bo-luat-hinh-su_100-2015-QH13__12-2017-QH14/base.txt");

        parsed.Provisions.Select(p => (p.Kind, p.Label)).ShouldBe([(ProvisionKind.Part, "thứ nhất"), (ProvisionKind.Part, "thứ hai"), (ProvisionKind.Part, "thứ ba")]);
        parsed.Provisions[0].Id.ShouldBe("phan-1");
        parsed.Provisions[0].Heading.ShouldBe("NHỮNG QUY ĐỊNH CHUNG");
        parsed.Count(ProvisionKind.Chapter).ShouldBe(26);
        parsed.Articles().Count().ShouldBe(426);
    }

    [Fact]
    public void Parse_UpperCaseChuong_IsAChapter()
    {
        // Luật Công đoàn writes "CHƯƠNG I".
        var parsed = CorpusParsing.Sample(TradeUnion);

        parsed.Provisions[0].Kind.ShouldBe(ProvisionKind.Chapter);
        parsed.Provisions[0].Heading.ShouldBe("NHỮNG QUY ĐỊNH CHUNG");
        parsed.Provisions.Select(p => p.Id).ShouldBe(["chuong-1", "chuong-2", "chuong-3", "chuong-4", "chuong-5", "chuong-6"]);
    }

    [Fact]
    public void Parse_AmendingLaw_QuotedArticlesStayInsideTheInstruction()
    {
        // Luật 46/2014/QH13 quotes "Điều 7a. …", "Điều 7b. …" as new wording: they are not its own articles.
        var parsed = CorpusParsing.Sample("amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt");

        parsed.Articles().Select(a => a.Label).ShouldBe(["1", "2"]);
        var insert = parsed.Article("1").Children.Single(c => c.Label == "4");
        insert.Text.ShouldStartWith("Bổ sung các điều 7a, 7b và 7c vào sau Điều 7 như sau:");
        insert.Text.ShouldContain("Điều 7b. Trách nhiệm của Bộ Giáo dục và Đào tạo");
        parsed.Article("1").Children.Count.ShouldBe(28);
    }

    [Fact]
    public void Parse_AmendingLawWithLostClosingQuote_StillFindsItsOwnNextArticles()
    {
        // In Luật 71/2014/QH13 the quoted table of Điều 2 khoản 7 never closes its quote.
        var parsed = CorpusParsing.Sample("amendments/thue-thu-nhap-ca-nhan_04-2007-QH12__26-2012-QH13/amending2_71-2014-QH13.txt");

        parsed.Articles().Select(a => a.Label).ShouldBe(["1", "2", "3", "4", "5", "6"]);
        parsed.Article("6").Heading.ShouldBe("Điều khoản thi hành");
    }
}
