using System.Text;
using LegalReview.Search.Analysis;

namespace LegalReview.Search.Tests.Analysis;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Cộng hoà xã hội", "Cộng hòa xã hội")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("qúy", "quý")]
    [InlineData("hoá đơn", "hóa đơn")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("gìa", "già")]
    public void Normalize_NewStyleTonePlacement_MovesToneToTraditionalPlace(string input, string expected) =>
        VietnameseText.Normalize(input).ShouldBe(expected);

    [Theory]
    [InlineData("hoàng")]
    [InlineData("thuyền")]
    [InlineData("người lao động")]
    [InlineData("khuỷu")]
    [InlineData("quyết định")]
    [InlineData("giữ")]
    [InlineData("45/2019/QH14")]
    [InlineData("email@example.com")]
    public void Normalize_CorrectText_IsUnchanged(string input) =>
        VietnameseText.Normalize(input).ShouldBe(input);

    [Fact]
    public void Normalize_DecomposedInput_ReturnsComposedForm()
    {
        var decomposed = "người lao động".Normalize(NormalizationForm.FormD);

        VietnameseText.Normalize(decomposed).ShouldBe("người lao động");
    }

    [Fact]
    public void Normalize_WholeLabourCode_KeepsLength()
    {
        var text = File.ReadAllText(Support.RepoPaths.Combine("samples", "laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt")).Normalize();

        VietnameseText.Normalize(text).Length.ShouldBe(text.Length);
    }

    [Fact]
    public void Fold_AccentedText_ReturnsLowerAscii() =>
        VietnameseText.Fold("Đơn phương CHẤM DỨT").ShouldBe("don phuong cham dut");
}
