namespace LegalReview.Core.Tests.Amendments;

/// <summary>Paths of the real amendment sets in samples/amendments.</summary>
internal static class AmendmentSets
{
    public const string Bhyt = "bao-hiem-y-te_25-2008-QH12__46-2014-QH13";
    public const string Blhs = "bo-luat-hinh-su_100-2015-QH13__12-2017-QH14";
    public const string CanBo = "can-bo-cong-chuc_22-2008-QH12__vien-chuc_58-2010-QH12__52-2019-QH14";
    public const string DienLuc = "dien-luc_28-2004-QH11__24-2012-QH13";
    public const string Tncn = "thue-thu-nhap-ca-nhan_04-2007-QH12__26-2012-QH13";

    public static string Read(string set, string file) => File.ReadAllText(RepoPaths.Samples(Path.Combine("amendments", set, file)));
}
