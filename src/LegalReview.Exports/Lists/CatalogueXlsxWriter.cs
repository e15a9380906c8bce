using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LegalReview.Exports.Lists;

/// <summary>
/// Writes the four lists as one .xlsx workbook (SpreadsheetML, one sheet per list): title rows, a header row, one
/// merged heading row per issuer and one row per document; Times New Roman, wrapped text, borders, A4 landscape.
/// </summary>
public static class CatalogueXlsxWriter
{
    private const uint TitleStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint CellStyle = 3;
    private const uint GroupStyle = 4;
    private const uint CenterStyle = 5;
    private const uint SubtitleStyle = 6;

    public static void Write(CampaignListsInput input, Stream output)
    {
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = package.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var kind in Catalogues.All)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Sheet(input, kind);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = $"{(int)kind}. {Catalogues.ShortTitle(kind)}" });
        }

        workbookPart.Workbook.Save();
    }

    private static Worksheet Sheet(CampaignListsInput input, CatalogueKind kind)
    {
        var columns = Catalogues.Columns(kind);
        var count = columns.Count + 1;
        var data = new SheetData();
        var merges = new MergeCells();
        uint row = 0;

        void Merged(string text, uint style)
        {
            row++;
            data.Append(new Row(Cell(0, row, text, style)) { RowIndex = row });
            merges.Append(new MergeCell { Reference = $"A{row}:{Column(count - 1)}{row}" });
        }

        Merged(Catalogues.Title(kind).ToUpperInvariant(), TitleStyle);
        Merged(input.CampaignName, SubtitleStyle);
        Merged($"Tính đến thời điểm rà soát, hệ thống hóa: ngày {Docx.VietnameseDates.Short(input.CutoffDate)}", SubtitleStyle);

        row++;
        var header = new Row { RowIndex = row };
        header.Append(Cell(0, row, "STT", HeaderStyle));
        for (var c = 0; c < columns.Count; c++) header.Append(Cell(c + 1, row, columns[c].Header, HeaderStyle));
        data.Append(header);

        var number = 0;
        var groups = Catalogues.Select(input, kind);
        for (var g = 0; g < groups.Count; g++)
        {
            row++;
            var groupRow = new Row { RowIndex = row };
            groupRow.Append(Cell(0, row, Catalogues.GroupHeading(g + 1, groups[g].Issuer), GroupStyle));
            for (var c = 1; c < count; c++) groupRow.Append(Cell(c, row, "", GroupStyle));
            data.Append(groupRow);
            merges.Append(new MergeCell { Reference = $"A{row}:{Column(count - 1)}{row}" });
            foreach (var d in groups[g].Documents)
            {
                row++;
                var r = new Row { RowIndex = row };
                r.Append(new Cell { CellReference = $"A{row}", DataType = CellValues.Number, CellValue = new CellValue(++number), StyleIndex = CenterStyle });
                for (var c = 0; c < columns.Count; c++) r.Append(Cell(c + 1, row, columns[c].Value(d), CellStyle));
                data.Append(r);
            }
        }

        var cols = new Columns(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = 1, Width = 6, CustomWidth = true });
        for (var c = 0; c < columns.Count; c++)
        {
            cols.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)c + 2, Max = (uint)c + 2, Width = columns[c].Width * 1.4, CustomWidth = true });
        }

        return new Worksheet(
            cols,
            data,
            merges,
            new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }

    private static Cell Cell(int column, uint row, string text, uint style) => new()
    {
        CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : ((char)('A' + index / 26 - 1)).ToString() + (char)('A' + index % 26);

    private static Stylesheet Stylesheet()
    {
        Font Font(bool bold, double size)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 });
            return font;
        }

        var fonts = new Fonts(new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 }),
            Font(true, 13), Font(true, 12), Font(false, 12));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }));
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);
        CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues align, VerticalAlignmentValues vertical) => new(
            new Alignment { Horizontal = align, Vertical = vertical, WrapText = true })
        {
            FontId = font, FillId = fill, BorderId = border, ApplyFont = true, ApplyFill = fill > 0, ApplyBorder = border > 0, ApplyAlignment = true,
        };
        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            Format(1, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),
            Format(2, 2, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center),
            Format(3, 0, 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top),
            Format(2, 0, 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center),
            Format(3, 0, 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Top),
            Format(3, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center));
        return new Stylesheet(fonts, fills, borders, new CellStyleFormats(new CellFormat()), formats);
    }
}
