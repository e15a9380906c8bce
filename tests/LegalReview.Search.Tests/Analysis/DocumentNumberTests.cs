using LegalReview.Search.Analysis;

namespace LegalReview.Search.Tests.Analysis;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("45/2019/QH14", "45/2019/QH14")]
    [InlineData("45/2019/qh14", "45/2019/QH14")]
    [InlineData(" 045/2019/QH14 ", "45/2019/QH14")]
    [InlineData("05/2015/NĐ-CP", "5/2015/ND-CP")]
    [InlineData("05/2015/ND-CP", "5/2015/ND-CP")]
    [InlineData("05/2015/NĐ–CP", "5/2015/ND-CP")]
    [InlineData("10/2020/TT-BLĐTBXH", "10/2020/TT-BLDTBXH")]
    [InlineData("2083/QĐ-UBND", "2083/QD-UBND")]
    public void Normalize_Variants_GiveOneForm(string input, string expected) =>
        DocumentNumber.Normalize(input).ShouldBe(expected);

    [Theory]
    [InlineData("45/2019/QH14", true)]
    [InlineData("45/2019", true)]
    [InlineData("05/2015/NĐ-CP", true)]
    [InlineData("lao", false)]
    [InlineData("2019", false)]
    [InlineData("1/2", false)]
    public void LooksLikeNumber_Words_RecognizesDocumentNumbers(string word, bool expected) =>
        DocumentNumber.LooksLikeNumber(word).ShouldBe(expected);
}
