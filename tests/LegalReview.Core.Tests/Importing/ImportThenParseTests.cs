using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Importing;

/// <summary>The importer feeds the structure parser: the numbering-only law must parse into numbered articles.</summary>
public sealed class ImportThenParseTests
{
    [Fact]
    public void Parse_AtvsldDocxExtraction_FindsArticlesOnlyNumberingXmlCarries()
    {
        var extracted = DocumentTextExtractor.Extract("atvsld.docx",
            RepoFiles.Read("samples", "laws", "docx", "luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.docx"));

        var parsed = StructureParser.Parse(extracted.Paragraphs);

        var articles = parsed.Articles().ToList();
        articles.Count.ShouldBe(92);
        articles[0].Heading.ShouldBe("Phạm vi điều chỉnh");
        articles[^1].Heading!.Trim().ShouldBe("Quy định chi tiết");
    }
}
