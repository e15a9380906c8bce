using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Exports.Docx;

/// <summary>
/// A Word document in the ND 30/2020 page setup: A4, margins 20/15/20/30 mm, Times New Roman 14, page numbers
/// centred in the top margin from page 2 on. Writers append paragraphs and tables to <see cref="Body"/>, then
/// <see cref="Save"/>; the last section's properties are added there.
/// </summary>
public sealed class WordDocument : IDisposable
{
    public const int A4Width = 11906;
    public const int A4Height = 16838;
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 850;

    /// <summary>Text width of a portrait page in twips (210 − 30 − 15 mm).</summary>
    public const int PortraitTextWidth = A4Width - MarginLeft - MarginRight;

    /// <summary>Text width of a landscape page (297 − 30 − 15 mm): wide comparison tables go on landscape pages.</summary>
    public const int LandscapeTextWidth = A4Height - MarginLeft - MarginRight;

    private readonly WordprocessingDocument _package;
    private readonly string _defaultHeaderId;
    private readonly string _firstHeaderId;
    private int _revisionId;
    private bool _sectionEnded;

    public WordDocument(Stream output, string title)
    {
        _package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        _package.PackageProperties.Title = title;
        _package.PackageProperties.Language = "vi-VN";
        var main = _package.AddMainDocumentPart();
        main.Document = new Document(new Body());
        AddStyles(main);
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new DefaultTabStop { Val = 720 }, new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        _defaultHeaderId = AddHeader(main, withPageNumber: true);
        _firstHeaderId = AddHeader(main, withPageNumber: false);
        Body = main.Document.Body!;
    }

    public Body Body { get; }

    /// <summary>Next id for a w:ins / w:del mark (unique in the document).</summary>
    public int NextRevisionId() => ++_revisionId;

    /// <summary>Ends the first (portrait) section; what follows starts on a new page (an appendix).</summary>
    public void EndFirstSection()
    {
        Body.Append(new Paragraph(new ParagraphProperties(SectionProperties(landscape: false, first: true))));
        _sectionEnded = true;
    }

    /// <summary>Writes the final section (landscape when it holds a wide table) and closes the package.</summary>
    public void Save(bool lastSectionLandscape = false)
    {
        Body.Append(SectionProperties(lastSectionLandscape, first: !_sectionEnded));
        _package.MainDocumentPart!.Document.Save();
        _package.Dispose();
    }

    public void Dispose() => _package.Dispose();

    private SectionProperties SectionProperties(bool landscape, bool first)
    {
        var section = new SectionProperties();
        if (first)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = _defaultHeaderId });
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = _firstHeaderId });
        }

        section.Append(new SectionType { Val = SectionMarkValues.NextPage });
        section.Append(landscape
            ? new PageSize { Width = A4Height, Height = A4Width, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = A4Width, Height = A4Height });
        section.Append(new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 });
        if (first)
        {
            section.Append(new TitlePage());
        }

        return section;
    }

    private static string AddHeader(MainDocumentPart main, bool withPageNumber)
    {
        var part = main.AddNewPart<HeaderPart>();
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        if (withPageNumber)
        {
            paragraph.Append(new SimpleField(new Run(new RunProperties(new FontSize { Val = "26" }), new Text("2"))) { Instruction = " PAGE " });
        }

        part.Header = new Header(paragraph);
        return main.GetIdOfPart(part);
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var runDefaults = new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
            new Color { Val = "000000" },
            new FontSize { Val = "28" },
            new FontSizeComplexScript { Val = "28" },
            new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" });
        var paragraphDefaults = new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto });
        part.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(runDefaults), new ParagraphPropertiesDefault(paragraphDefaults)),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
    }
}
