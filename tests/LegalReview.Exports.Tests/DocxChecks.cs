using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Exports.Tests;

/// <summary>Reopens a generated .docx with OpenXML and checks what every official document must satisfy.</summary>
internal static class DocxChecks
{
    /// <summary>Schema errors reported by the OpenXmlValidator, one line each (empty when valid).</summary>
    public static List<string> Validate(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>Page setup (A4, ND 30/2020 margins) of every section and the default font (Times New Roman, 13–14 pt).</summary>
    public static void ShouldHaveOfficialPageSetup(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var sections = doc.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>().ToList();
        sections.ShouldNotBeEmpty();
        foreach (var s in sections)
        {
            var size = s.GetFirstChild<PageSize>()!;
            new[] { (int)size.Width!.Value, (int)size.Height!.Value }.Order().ShouldBe([11906, 16838]);
            var m = s.GetFirstChild<PageMargin>()!;
            ((int)m.Top!.Value).ShouldBeInRange(1134, 1418);     // 20–25 mm
            ((int)m.Bottom!.Value).ShouldBeInRange(1134, 1418);
            ((int)m.Left!.Value).ShouldBeInRange(1701, 1985);    // 30–35 mm
            ((int)m.Right!.Value).ShouldBeInRange(850, 1134);    // 15–20 mm
        }

        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        defaults.RunFonts!.Ascii!.Value.ShouldBe("Times New Roman");
        defaults.RunFonts.HighAnsi!.Value.ShouldBe("Times New Roman");
        int.Parse(defaults.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(26, 28);
        // No run may switch to another font.
        doc.MainDocumentPart.Document.Descendants<RunFonts>().ShouldAllBe(f => f.Ascii == null || f.Ascii.Value == "Times New Roman");
    }

    /// <summary>The paragraphs' texts in order (tracked deletions excluded), for content assertions.</summary>
    public static List<string> Paragraphs(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>The paragraph whose text equals <paramref name="text"/>, reopened to read its formatting.</summary>
    public static Paragraph Find(WordprocessingDocument doc, string text) =>
        doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().First(p => p.InnerText == text);
}
