using LegalReview.Search.Analysis;

namespace LegalReview.Search.Tests.Analysis;

public sealed class VietnameseAnalyzerTests
{
    private readonly VietnameseAnalyzer _analyzer = new();

    [Fact]
    public void Tokens_FoldedField_FoldsDiacriticsAndDStroke() =>
        _analyzer.Tokens(SearchFields.TextFolded, "Người lao động đơn phương").ShouldBe(["nguoi", "lao", "dong", "don", "phuong"]);

    [Fact]
    public void Tokens_AccentedField_KeepsDiacritics() =>
        _analyzer.Tokens(SearchFields.Text, "Người Lao Động").ShouldBe(["người", "lao", "động"]);

    [Fact]
    public void Tokens_NewStyleToneMarks_MatchTraditionalSpelling() =>
        _analyzer.Tokens(SearchFields.Text, "hoà thuỷ").ShouldBe(_analyzer.Tokens(SearchFields.Text, "hòa thủy"));

    [Fact]
    public void TokensWithOffsets_SampleSentence_PointIntoOriginalText()
    {
        const string text = "Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động";

        var tokens = _analyzer.TokensWithOffsets(SearchFields.TextFolded, text);

        tokens.ShouldContain(t => t.Term == "cham" && text.Substring(t.Start, t.End - t.Start) == "chấm");
    }

    [Fact]
    public void Default_AbbreviationsFile_ExpandsLabourAbbreviations()
    {
        var abbreviations = Abbreviations.Default;

        abbreviations.Expand("BLLĐ").ShouldBe(["bộ luật lao động"]);
        abbreviations.Expand("blld").ShouldBe(["bộ luật lao động"]);
        abbreviations.Expand("bhxh").ShouldBe(["bảo hiểm xã hội"]);
        abbreviations.Expand("NSDLĐ").ShouldBe(["người sử dụng lao động"]);
        abbreviations.Expand("HĐLĐ").ShouldBe(["hợp đồng lao động"]);
        abbreviations.Expand("lao").ShouldBeEmpty();
    }
}
