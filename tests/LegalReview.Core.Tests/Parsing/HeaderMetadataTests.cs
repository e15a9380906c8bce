using LegalReview.Core.Documents;

namespace LegalReview.Core.Tests.Parsing;

/// <summary>Header metadata and "Căn cứ" lines of every corpus .txt, checked against the text by hand.</summary>
public class HeaderMetadataTests
{
    private const string Constitution1992 = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10";
    private const string Constitution2013 = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam";

    public static TheoryData<string, string, DocumentType, string, string, string, string> Documents => new()
    {
        { "laws/bo-luat-lao-dong-2019_45-2019-QH14.txt", "45/2019/QH14", DocumentType.Code, "2019-11-20", "2021-01-01", "Bộ luật Lao động", Constitution2013 },
        { "laws/luat-cong-doan-2012_12-2012-QH13.txt", "12/2012/QH13", DocumentType.Law, "2012-06-20", "2013-01-01", "Luật Công đoàn", Constitution1992 },
        { "laws/luat-viec-lam-2013_38-2013-QH13.txt", "38/2013/QH13", DocumentType.Law, "2013-11-16", "2015-01-01", "Luật việc làm", Constitution2013 },
        { "laws/luat-bao-hiem-xa-hoi-2014_58-2014-QH13.txt", "58/2014/QH13", DocumentType.Law, "2014-11-20", "2016-01-01", "Luật bảo hiểm xã hội", Constitution2013 },
        { "laws/luat-nguoi-lao-dong-vn-di-lam-viec-o-nuoc-ngoai-2020_69-2020-QH14.txt", "69/2020/QH14", DocumentType.Law, "2020-11-13", "2022-01-01", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", Constitution2013 },
        { "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt", "25/2008/QH12", DocumentType.Law, "2008-11-14", "2009-07-01", "Luật bảo hiểm y tế", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10" },
        { "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt", "46/2014/QH13", DocumentType.Law, "2014-06-13", "2015-01-01", "Luật sửa đổi, bổ sung một số điều của Luật bảo hiểm y tế số 25/2008/QH12", Constitution2013 },
        { "amendments/bo-luat-hinh-su_100-2015-QH13__12-2017-QH14/base.txt", "100/2015/QH13", DocumentType.Code, "2015-11-27", "2016-07-01", "Bộ luật hình sự", Constitution2013 },
        { "amendments/bo-luat-hinh-su_100-2015-QH13__12-2017-QH14/amending.txt", "12/2017/QH14", DocumentType.Law, "2017-06-20", "2018-01-01", "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13", Constitution2013 },
        { "amendments/can-bo-cong-chuc_22-2008-QH12__vien-chuc_58-2010-QH12__52-2019-QH14/base_22-2008-QH12.txt", "22/2008/QH12", DocumentType.Law, "2008-11-13", "2010-01-01", "Luật cán bộ, công chức", Constitution1992 },
        { "amendments/can-bo-cong-chuc_22-2008-QH12__vien-chuc_58-2010-QH12__52-2019-QH14/base_58-2010-QH12.txt", "58/2010/QH12", DocumentType.Law, "2010-11-15", "2012-01-01", "Luật viên chức", Constitution1992 },
        { "amendments/can-bo-cong-chuc_22-2008-QH12__vien-chuc_58-2010-QH12__52-2019-QH14/amending.txt", "52/2019/QH14", DocumentType.Law, "2019-11-25", "2020-07-01", "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức số 22/2008/QH12 và Luật Viên chức số 58/2010/QH12", Constitution2013 },
        { "amendments/dau-thau_22-2023-QH15__consolidated/base.txt", "22/2023/QH15", DocumentType.Law, "2023-06-23", "2024-01-01", "Luật Đấu thầu", Constitution2013 },
        { "amendments/dien-luc_28-2004-QH11__24-2012-QH13/base.txt", "28/2004/QH11", DocumentType.Law, "2004-12-03", "2005-07-01", "Luật điện lực", "Căn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001 của Quốc hội khóa X, kỳ họp thứ 10" },
        { "amendments/dien-luc_28-2004-QH11__24-2012-QH13/amending.txt", "24/2012/QH13", DocumentType.Law, "2012-11-20", "2013-07-01", "Luật sửa đổi, bổ sung một số điều của Luật điện lực số 28/2004/QH11", Constitution1992 },
        { "amendments/thue-thu-nhap-ca-nhan_04-2007-QH12__26-2012-QH13/base.txt", "04/2007/QH12", DocumentType.Law, "2007-11-21", "2009-01-01", "Luật thuế thu nhập cá nhân", Constitution1992 },
        { "amendments/thue-thu-nhap-ca-nhan_04-2007-QH12__26-2012-QH13/amending.txt", "26/2012/QH13", DocumentType.Law, "2012-11-22", "2013-07-01", "Luật sửa đổi, bổ sung một số điều của Luật thuế thu nhập cá nhân số 04/2007/QH12", Constitution1992 },
        { "amendments/thue-thu-nhap-ca-nhan_04-2007-QH12__26-2012-QH13/amending2_71-2014-QH13.txt", "71/2014/QH13", DocumentType.Law, "2014-11-26", "2015-01-01", "Luật sửa đổi, bổ sung một số điều của Luật thuế thu nhập doanh nghiệp số 14/2008/QH12", Constitution2013 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_CorpusDocument_ReadsHeaderMetadataAndBases(
        string file, string number, DocumentType type, string issuedOn, string effectiveOn, string titleStart, string basis)
    {
        var parsed = CorpusParsing.Sample(file);

        parsed.Number.ShouldBe(number);
        parsed.Type.ShouldBe(type);
        parsed.TypeName.ShouldBe(type == DocumentType.Code ? "Bộ luật" : "Luật");
        parsed.Issuer.ShouldBe("Quốc hội");
        parsed.IssuedOn.ShouldBe(DateOnly.Parse(issuedOn));
        parsed.EffectiveOn.ShouldBe(DateOnly.Parse(effectiveOn));
        parsed.Title.ShouldStartWith(titleStart);
        parsed.SignerTitle.ShouldBe("CHỦ TỊCH QUỐC HỘI");
        parsed.Bases.Select(b => b.Text).ShouldBe([basis]);
        parsed.Bases[0].DocumentType.ShouldBe("Hiến pháp");
        // The only number on 1992-Constitution lines belongs to the amending resolution, not to the Constitution.
        parsed.Bases[0].Number.ShouldBeNull();
    }

    [Theory]
    [InlineData("laws/bo-luat-lao-dong-2019_45-2019-QH14.txt", "Nguyễn Thị Kim Ngân")]
    [InlineData("laws/luat-cong-doan-2012_12-2012-QH13.txt", "Nguyễn Sinh Hùng")]
    [InlineData("amendments/dau-thau_22-2023-QH15__consolidated/base.txt", "Vương Đình Huệ")]
    [InlineData("amendments/dien-luc_28-2004-QH11__24-2012-QH13/base.txt", "Nguyễn Văn An")]
    [InlineData("amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt", "Nguyễn Phú Trọng")]
    public void Parse_CorpusDocument_ReadsSigner(string file, string signer)
    {
        CorpusParsing.Sample(file).Signer.ShouldBe(signer);
    }

    [Fact]
    public void Parse_PlaceAndDateLine_GivesPlace()
    {
        var parsed = CorpusParsing.Sample("amendments/dau-thau_22-2023-QH15__consolidated/base.txt");

        parsed.Place.ShouldBe("Hà Nội");
    }
}
