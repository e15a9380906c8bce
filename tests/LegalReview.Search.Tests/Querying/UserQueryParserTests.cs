using LegalReview.Search.Analysis;
using LegalReview.Search.Querying;

namespace LegalReview.Search.Tests.Querying;

public sealed class UserQueryParserTests
{
    private static ParsedUserQuery Parse(string? text) => new UserQueryParser(Abbreviations.Default).Parse(text);

    [Theory]
    [InlineData("\"hợp đồng lao động", QueryMessages.UnbalancedQuotes)]
    [InlineData("hợp đồng \"lao động\" \"thử việc", QueryMessages.UnbalancedQuotes)]
    [InlineData("AND", "Toán tử \"AND\" cần có từ khóa ở cả hai bên.")]
    [InlineData("lao động AND", "Toán tử \"AND\" cần có từ khóa ở cả hai bên.")]
    [InlineData("OR lao động", "Toán tử \"OR\" cần có từ khóa ở cả hai bên.")]
    [InlineData("lao động OR OR việc làm", "Toán tử \"OR\" cần có từ khóa ở cả hai bên.")]
    [InlineData("lao động NOT", "Toán tử \"NOT\" cần có từ khóa ngay phía sau.")]
    [InlineData("lao động -", "Toán tử \"-\" cần có từ khóa ngay phía sau.")]
    [InlineData("-lao -động", QueryMessages.OnlyExclusions)]
    [InlineData("(lao động", QueryMessages.UnbalancedParentheses)]
    [InlineData("lao động)", QueryMessages.UnbalancedParentheses)]
    [InlineData("\"\"", QueryMessages.EmptyPhrase)]
    [InlineData("lao\u0000động", QueryMessages.ControlCharacters)]
    [InlineData("lao\u001bđộng", QueryMessages.ControlCharacters)]
    [InlineData("!!! ...", QueryMessages.NoSearchableWords)]
    public void Parse_BadQuery_ReturnsVietnameseMessage(string text, string expected)
    {
        var parsed = Parse(text);

        parsed.Root.ShouldBeNull();
        parsed.Error.ShouldBe(expected);
    }

    [Fact]
    public void Parse_TenThousandCharacters_ReturnsTooLong() =>
        Parse(string.Concat(Enumerable.Repeat("lao động ", 1112))).Error.ShouldBe(QueryMessages.TooLong);

    [Fact]
    public void Parse_PlainWords_GivesGroupOfTerms()
    {
        var root = Parse("thời gian thử việc không quá").Root.ShouldBeOfType<GroupNode>();

        root.Children.ShouldBe([new TermNode("thời"), new TermNode("gian"), new TermNode("thử"), new TermNode("việc"), new TermNode("không"), new TermNode("quá")]);
        GroupNode.MinimumShouldMatch(root.Children.Count).ShouldBe(5);
    }

    [Fact]
    public void Parse_ColloquialPhrase_AddsLegalTermAsAlternative()
    {
        var parsed = Parse("phep nam duoc bao nhieu ngay");

        var root = parsed.Root.ShouldBeOfType<GroupNode>();
        root.Children.Count.ShouldBe(3);
        root.Children[0].ShouldBeOfType<OrNode>().Children.ShouldBe([new PhraseNode("phep nam"), new PhraseNode("nghỉ hằng năm")]);
        root.Children.Skip(1).ShouldBe([new TermNode("duoc"), new TermNode("ngay")]);
        parsed.HighlightTexts.ShouldContain("nghỉ hằng năm");
    }

    [Fact]
    public void Parse_LongestColloquialKeyWins_AndQuotedPhraseIsKept()
    {
        Parse("tăng ca").Root.ShouldBeOfType<OrNode>().Children.ShouldBe([new PhraseNode("tăng ca"), new PhraseNode("làm thêm giờ")]);
        Parse("lương tối thiểu vùng").Root.ShouldBeOfType<OrNode>().Children
            .ShouldBe([new PhraseNode("lương tối thiểu vùng"), new PhraseNode("mức lương tối thiểu")]);
        Parse("\"tăng ca\"").Root.ShouldBe(new PhraseNode("tăng ca"));
    }

    [Fact]
    public void Parse_AccentedQuestionWord_IsDropped_FoldedLookalikeIsKept()
    {
        Parse("nghỉ đẻ mấy tháng").Root.ShouldBeOfType<GroupNode>().Children.Count.ShouldBe(2);
        Parse("an toàn may móc").Root.ShouldBeOfType<GroupNode>().Children.ShouldContain(new TermNode("may"));
    }

    [Fact]
    public void Match_ColloquialKeyInAnyCase_ReturnsLegalTerms()
    {
        ColloquialSynonyms.Default.Keys.Count.ShouldBeGreaterThanOrEqualTo(10);
        ColloquialSynonyms.Default.Match(["Phép", "Năm"], 0).Terms.ShouldBe(["nghỉ hằng năm"]);
        ColloquialSynonyms.Default.Match(["hợp", "đồng"], 0).Length.ShouldBe(0);
    }

    [Fact]
    public void Parse_BooleanOperators_FollowPrecedence()
    {
        var root = Parse("\"thử việc\" OR học nghề AND -\"tập nghề\"").Root.ShouldBeOfType<OrNode>();

        root.Children[0].ShouldBe(new PhraseNode("thử việc"));
        var and = root.Children[1].ShouldBeOfType<AndNode>();
        and.Children[0].ShouldBeOfType<GroupNode>();
        and.Children[1].ShouldBe(new NotNode(new PhraseNode("tập nghề")));
    }

    [Fact]
    public void Parse_Abbreviation_ExpandsToOriginalOrPhrase()
    {
        var parsed = Parse("BHXH");

        parsed.Root.ShouldBeOfType<OrNode>().Children.ShouldBe([new TermNode("BHXH"), new PhraseNode("bảo hiểm xã hội")]);
        parsed.HighlightTexts.ShouldContain("bảo hiểm xã hội");
    }

    [Theory]
    [InlineData("45/2019/qh14", "45/2019/QH14", false)]
    [InlineData("45/2019", "45/2019", true)]
    [InlineData("05/2015/NĐ-CP", "5/2015/ND-CP", false)]
    public void Parse_DocumentNumber_GivesNormalizedNumber(string text, string normalized, bool prefix) =>
        Parse(text).Root.ShouldBe(new NumberNode(normalized, prefix));

    [Fact]
    public void Parse_ExcludedWords_AreNotHighlighted() =>
        Parse("hợp đồng -thử").HighlightTexts.ShouldBe(["hợp", "đồng"]);

    [Fact]
    public void Parse_Empty_MatchesAll() => Parse("  ").Root.ShouldBeOfType<MatchAllNode>();

    [Fact]
    public void Parse_QuestionWords_AreDroppedFromPlainWords()
    {
        var parsed = Parse("thử việc tối đa bao nhiêu ngày");

        parsed.Root.ShouldBeOfType<GroupNode>().Children.ShouldBe([new TermNode("thử"), new TermNode("việc"), new TermNode("tối"), new TermNode("đa"), new TermNode("ngày")]);
        parsed.HighlightTexts.ShouldNotContain("bao");
    }

    [Fact]
    public void Parse_OnlyQuestionWords_KeepsThem() =>
        Parse("bao nhiêu").Root.ShouldBeOfType<GroupNode>().Children.Count.ShouldBe(2);

    [Fact]
    public void Parse_QuotedQuestionWords_AreKept() =>
        Parse("\"là gì\" thử việc").Root.ShouldBeOfType<GroupNode>().Children[0].ShouldBe(new PhraseNode("là gì"));
}
