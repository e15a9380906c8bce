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
        var root = Parse("nghỉ việc không báo trước").Root.ShouldBeOfType<GroupNode>();

        root.Children.ShouldBe([new TermNode("nghỉ"), new TermNode("việc"), new TermNode("không"), new TermNode("báo"), new TermNode("trước")]);
        GroupNode.MinimumShouldMatch(root.Children.Count).ShouldBe(4);
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
