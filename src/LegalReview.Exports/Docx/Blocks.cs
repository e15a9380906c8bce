using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Exports.Docx;

/// <summary>Builds the OpenXML paragraphs, runs and tables the writers use, in the element order the schema requires.</summary>
public static class Blocks
{
    public static Paragraph Paragraph(string text, TextStyle style) => Paragraph(style, Run(text, style));

    public static Paragraph Paragraph(TextStyle style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(ParagraphProperties(style));
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>A paragraph of runs with their own emphasis (e.g. a bold label followed by plain text).</summary>
    public static Paragraph Mixed(TextStyle style, params (string Text, bool Bold, bool Italic)[] parts) =>
        Paragraph(style, parts.Select(p => (OpenXmlElement)Run(p.Text, style with { Bold = p.Bold, Italic = p.Italic })).ToArray());

    public static ParagraphProperties ParagraphProperties(TextStyle style)
    {
        var p = new ParagraphProperties();
        if (style.KeepNext) p.Append(new KeepNext());
        if (style.PageBreakBefore) p.Append(new PageBreakBefore());
        if (style.RuleAbove)
        {
            p.Append(new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }));
        }

        p.Append(new SpacingBetweenLines
        {
            Before = style.Before.ToString(CultureInfo.InvariantCulture),
            After = style.After.ToString(CultureInfo.InvariantCulture),
            Line = style.Line.ToString(CultureInfo.InvariantCulture),
            LineRule = LineSpacingRuleValues.Auto,
        });
        if (style.FirstLineIndent != 0 || style.LeftIndent != 0 || style.RightIndent != 0)
        {
            var indentation = new Indentation
            {
                Left = style.LeftIndent.ToString(CultureInfo.InvariantCulture),
                Right = style.RightIndent.ToString(CultureInfo.InvariantCulture),
            };
            if (style.FirstLineIndent > 0) indentation.FirstLine = style.FirstLineIndent.ToString(CultureInfo.InvariantCulture);
            p.Append(indentation);
        }

        p.Append(new Justification { Val = Justify(style.Align) });
        return p;
    }

    public static Run Run(string text, TextStyle style) => new(RunProperties(style), Text(text));

    public static RunProperties RunProperties(TextStyle style)
    {
        var r = new RunProperties();
        if (style.Bold)
        {
            r.Append(new Bold());
            r.Append(new BoldComplexScript());
        }

        if (style.Italic)
        {
            r.Append(new Italic());
            r.Append(new ItalicComplexScript());
        }

        var half = ((int)Math.Round(style.Size * 2)).ToString(CultureInfo.InvariantCulture);
        r.Append(new FontSize { Val = half });
        r.Append(new FontSizeComplexScript { Val = half });
        return r;
    }

    public static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>A table with fixed column widths (twips); borders are drawn when <paramref name="grid"/>.</summary>
    public static Table Table(IReadOnlyList<int> widths, bool grid, int indent = 0)
    {
        var properties = new TableProperties();
        if (grid) properties.Append(new TableStyle { Val = "TableGrid" });
        properties.Append(new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (indent != 0) properties.Append(new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa });
        if (!grid)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }));
        }

        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        properties.Append(new TableCellMarginDefault(
            new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
            new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));
        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        return table;
    }

    /// <summary>A row; a header row repeats on every page of a long table.</summary>
    public static TableRow Row(bool header = false)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        return row;
    }

    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> paragraphs, int span = 1, bool shaded = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (shaded) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
        var cell = new TableCell(properties);
        var any = false;
        foreach (var p in paragraphs)
        {
            cell.Append(p);
            any = true;
        }

        if (!any) cell.Append(new Paragraph());
        return cell;
    }

    public static TableCell Cell(int width, string text, TextStyle style, int span = 1, bool shaded = false) =>
        Cell(width, Lines(text).Select(line => (OpenXmlElement)Paragraph(line, style)), span, shaded);

    /// <summary>The text's lines, without empty ones (a provision's own text and its children's, one per line).</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    private static JustificationValues Justify(Align align) => align switch
    {
        Align.Left => JustificationValues.Left,
        Align.Center => JustificationValues.Center,
        Align.Right => JustificationValues.Right,
        _ => JustificationValues.Both,
    };
}
