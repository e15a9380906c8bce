using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Core.Importing;

namespace LegalReview.Core.Tests.Importing;

/// <summary>
/// Numbering features the sample corpus does not exercise (letters, roman, restarts, startOverride, style-linked
/// lists, bullets, none), on a small .docx written here with the Open XML SDK.
/// </summary>
public sealed class DocxNumberingFormatsTests
{
    [Fact]
    public void Extract_MultiLevelList_RendersEachFormatWithRestartsAndOverrides()
    {
        var paragraphs = DocumentTextExtractor.Extract("list.docx", BuildDocx()).Paragraphs;

        paragraphs.ShouldBe(
        [
            "Chương I Quy định chung",
            "Điều 1. Phạm vi",
            "a) điểm một",
            "b) điểm hai",
            "Điều 2. Đối tượng",
            "a) điểm mới",
            "i. ý nhỏ",
            "Chương II Thi hành",
            "Điều 3. Hiệu lực",
            "Điều 7. Đánh số lại",
            "- gạch đầu dòng",
            "Không nhãn",
            "Điều 4. Tiếp theo danh sách chung",
        ]);
    }

    private static byte[] BuildDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    Level(0, "upperRoman", "Chương %1"),
                    Level(1, "decimal", "Điều %2.", restart: 0),
                    Level(2, "lowerLetter", "%3)"),
                    Level(3, "lowerRoman", "%4."))
                { AbstractNumberId = 1 },
                new AbstractNum(Level(0, "bullet", "\uF0B7")) { AbstractNumberId = 2 },
                new AbstractNum(Level(0, "none", "%1")) { AbstractNumberId = 3 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 },
                new NumberingInstance(new AbstractNumId { Val = 3 }) { NumberID = 3 },
                new NumberingInstance(
                    new AbstractNumId { Val = 1 },
                    new LevelOverride(new StartOverrideNumberingValue { Val = 7 }) { LevelIndex = 1 })
                { NumberID = 4 });
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(
                    new StyleName { Val = "Article" },
                    new StyleParagraphProperties(new NumberingProperties(
                        new NumberingLevelReference { Val = 1 }, new NumberingId { Val = 1 })))
                { Type = StyleValues.Paragraph, StyleId = "Article" });

            main.Document = new Document(new Body(
                Numbered("Quy định chung", 1, 0),
                Styled("Phạm vi", "Article"),
                Numbered("điểm một", 1, 2),
                Numbered("điểm hai", 1, 2),
                Styled("Đối tượng", "Article"),
                Numbered("điểm mới", 1, 2),
                Numbered("ý nhỏ", 1, 3),
                Numbered("Thi hành", 1, 0),
                Styled("Hiệu lực", "Article"),
                Numbered("Đánh số lại", 4, 1),
                Numbered("gạch đầu dòng", 2, 0),
                Numbered("Không nhãn", 3, 0),
                Styled("Tiếp theo danh sách chung", "Article")));
        }
        return stream.ToArray();
    }

    private static Level Level(int index, string format, string text, int? restart = null)
    {
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
            new LevelText { Val = text })
        { LevelIndex = index };
        if (restart is int r)
            level.Append(new LevelRestart { Val = r });
        return level;
    }

    private static Paragraph Numbered(string text, int numId, int ilvl) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = ilvl }, new NumberingId { Val = numId })),
        new Run(new Text(text)));

    private static Paragraph Styled(string text, string styleId) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
        new Run(new Text(text)));
}
