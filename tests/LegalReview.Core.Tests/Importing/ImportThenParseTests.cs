using LegalReview.Core.Documents;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Importing;

/// <summary>
/// The importer feeds the structure parser: Luật ATVSLĐ 2015 keeps its "Điều N." labels only in Word numbering, and
/// one title (Điều 3) even lost that numbering; the .docx must still parse into 7 chapters and 93 numbered articles.
/// </summary>
public sealed class ImportThenParseTests
{
    private static readonly Lazy<ParsedDocument> Atvsld = new(() => StructureParser.Parse(DocumentTextExtractor.Extract("atvsld.docx",
        RepoFiles.Read("samples", "laws", "docx", "luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx")).Paragraphs));

    [Fact]
    public void Parse_AtvsldDocx_Has7ChaptersAnd93NumberedArticles()
    {
        var parsed = Atvsld.Value;

        parsed.Number.ShouldBe("84/2015/QH13");
        parsed.IssuedOn.ShouldBe(new DateOnly(2015, 6, 25));
        parsed.EffectiveOn.ShouldBe(new DateOnly(2016, 7, 1));
        parsed.AllProvisions().Count(p => p.Kind == ProvisionKind.Chapter).ShouldBe(7);
        var articles = parsed.Articles().ToList();
        articles.Select(a => a.Label).ShouldBe(Enumerable.Range(1, 93).Select(n => n.ToString()));
        articles[0].Heading.ShouldBe("Phạm vi điều chỉnh");
        articles[2].Heading.ShouldBe("Giải thích từ ngữ");
        articles[^1].Heading!.Trim().ShouldBe("Quy định chi tiết");
    }

    // Clause and point lines counted in the .txt sibling, between each article's title and the next one's.
    [Theory]
    [InlineData("1", 0, 0)]
    [InlineData("2", 6, 0)]
    [InlineData("3", 10, 0)]
    [InlineData("4", 5, 0)]
    [InlineData("6", 7, 16)]
    [InlineData("7", 2, 11)]
    [InlineData("8", 2, 5)]
    [InlineData("18", 5, 3)]
    [InlineData("19", 3, 3)]
    [InlineData("23", 4, 4)]
    [InlineData("24", 3, 3)]
    [InlineData("29", 2, 4)]
    public void Parse_AtvsldDocxArticle_HasClauseAndPointCountsOfTheText(string article, int clauses, int points)
    {
        var all = Atvsld.Value.Articles().Single(a => a.Label == article).SelfAndDescendants().ToList();

        all.Count(p => p.Kind == ProvisionKind.Clause).ShouldBe(clauses);
        all.Count(p => p.Kind == ProvisionKind.Point).ShouldBe(points);
    }
}
