using LegalReview.Core.Consolidation;
using LegalReview.Core.Tests.Amendments;

namespace LegalReview.Core.Tests.Consolidation;

/// <summary>Phrase matching on real lines of the sample laws (no-break spaces, old tone placement, sentence starts).</summary>
public class PhraseMatcherTests
{
    /// <summary>A unit's own text as the structure parser gives it: the line without its label ("g) ", "3. ").</summary>
    private static string Line(string set, string file, string startsWith)
    {
        var line = AmendmentSets.Read(set, file).Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith(startsWith, StringComparison.Ordinal));
        return line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..];
    }

    [Fact]
    public void ReplaceAll_NoBreakSpaceInTheBase_MatchesAPlainSpaceInTheQuote()
    {
        var line = Line(AmendmentSets.Blhs, "base.txt", "2. Phạm tội thuộc một trong các trường hợp sau đây, thì bị phạt\u00A0tù từ 03 tháng");

        var edited = PhraseMatcher.ReplaceAll(line, "phạt tù từ 03 tháng đến 02 năm", "phạt tù từ 06 tháng đến 03 năm");

        edited.ShouldBe("Phạm tội thuộc một trong các trường hợp sau đây, thì bị phạt tù từ 06 tháng đến 03 năm:");
    }

    [Fact]
    public void ReplaceAll_OldTonePlacementInTheBase_MatchesTheNewPlacementInTheQuote()
    {
        var line = Line(AmendmentSets.DienLuc, "base.txt", "g) Lập hoá đơn");

        var edited = PhraseMatcher.ReplaceAll(line, "lập hóa đơn", "lập hóa đơn điện tử");

        edited.ShouldNotBeNull().ShouldStartWith("Lập hóa đơn điện tử và thanh toán giữa các đối tượng mua bán điện");
    }

    [Fact]
    public void FindAll_LowerCaseQuote_MatchesACapitalOnlyAtASentenceStart()
    {
        var start = Line(AmendmentSets.Blhs, "base.txt", "3. Phạm tội gây thiệt hại về tài sản 1.000.000.000 đồng trở lên");
        var middle = Line(AmendmentSets.Blhs, "base.txt", "1. Người nào vô ý làm lộ bí mật công tác ho");

        PhraseMatcher.FindAll(start, "phạm tội gây thiệt hại").Single().ShouldBe(new PhraseMatcher.Match(0, 22, true));
        PhraseMatcher.FindAll(start, "thì bị phạt tù").Single().Capitalized.ShouldBeFalse();
        PhraseMatcher.FindAll(middle, "bộ luật này").ShouldBeEmpty();
    }

    [Fact]
    public void ReplaceAll_DifferentTonemark_IsNoMatchButANearMiss()
    {
        var line = Line(AmendmentSets.DienLuc, "base.txt", "h) Cung cấp các dịch vụ phụ trợ và phí dịch vụ phụ trợ");

        PhraseMatcher.ReplaceAll(line, "phi dịch vụ phụ trợ", "giá dịch vụ phụ trợ").ShouldBeNull();
        PhraseMatcher.NearMiss(line, "phi dịch vụ phụ trợ").ShouldBe("phí dịch vụ phụ trợ");
    }
}
