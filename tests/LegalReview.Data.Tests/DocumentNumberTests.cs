using LegalReview.Core.Documents;

namespace LegalReview.Data.Tests;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("45/2019/QH14", "45/2019/QH14")]
    [InlineData("05/2019/NĐ-CP", "5/2019/ND-CP")]
    [InlineData("5/2019/nđ–cp", "5/2019/ND-CP")]
    [InlineData("12 / 2017 / QH14", "12/2017/QH14")]
    [InlineData("0/2020/QĐ-UBND", "0/2020/QD-UBND")]
    [InlineData("100/2015/QH13", "100/2015/QH13")]
    public void Normalize_Variants_GiveOneSpelling(string number, string expected) =>
        DocumentNumber.Normalize(number).ShouldBe(expected);
}
