using System.Globalization;
using LegalReview.Exports.Docx;

namespace LegalReview.Exports.Lists;

/// <summary>
/// Writes one official list as a landscape A4 .docx: title, cut-off date, the report it accompanies, and a table with
/// one heading row per issuer ("I. QUỐC HỘI") and one numbered row per document.
/// </summary>
public sealed class CatalogueDocxWriter(ExportSettings settings)
{
    public void Write(CampaignListsInput input, CatalogueKind kind, Stream output)
    {
        using var document = new WordDocument(output, Catalogues.Title(kind));
        var body = document.Body;
        var title = TextStyle.Centered with { Size = 14, Bold = true };
        body.Append(Blocks.Paragraph($"PHỤ LỤC {(int)kind}", title));
        body.Append(Blocks.Paragraph(Catalogues.Title(kind).ToUpperInvariant(), title));
        body.Append(Blocks.Paragraph(input.CampaignName, title with { Bold = false }));
        body.Append(Blocks.Paragraph($"(Tính đến thời điểm rà soát, hệ thống hóa: ngày {VietnameseDates.Short(input.CutoffDate)})", title with { Bold = false, Italic = true }));
        var date = VietnameseDates.PlaceAndDate("", input.ReportDate, input.ReportDate?.Year ?? input.CutoffDate.Year + 1).TrimStart(',', ' ');
        body.Append(Blocks.Paragraph($"(Kèm theo Báo cáo số {settings.FormatReportNumber(input.ReportNumberSequence)} {date} của {settings.OrganisationInText})",
            title with { Bold = false, Italic = true, After = 240 }));

        var columns = Catalogues.Columns(kind);
        var widths = Widths(columns);
        var table = Blocks.Table(widths, grid: true);
        var head = TextStyle.Centered with { Size = 12, Bold = true, Before = 40, After = 40 };
        var header = Blocks.Row(header: true);
        header.Append(Blocks.Cell(widths[0], "STT", head, shaded: true));
        for (var c = 0; c < columns.Count; c++) header.Append(Blocks.Cell(widths[c + 1], columns[c].Header, head, shaded: true));
        table.Append(header);

        var cell = new TextStyle { Size = 12, Align = Align.Left, After = 40, Line = 240 };
        var groups = Catalogues.Select(input, kind);
        var number = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var groupRow = Blocks.Row();
            groupRow.Append(Blocks.Cell(widths.Sum(), Catalogues.GroupHeading(g + 1, groups[g].Issuer), cell with { Bold = true }, span: widths.Length));
            table.Append(groupRow);
            foreach (var d in groups[g].Documents)
            {
                var row = Blocks.Row();
                row.Append(Blocks.Cell(widths[0], (++number).ToString(CultureInfo.InvariantCulture), cell with { Align = Align.Center }));
                for (var c = 0; c < columns.Count; c++) row.Append(Blocks.Cell(widths[c + 1], columns[c].Value(d), cell));
                table.Append(row);
            }
        }

        if (number == 0)
        {
            var empty = Blocks.Row();
            empty.Append(Blocks.Cell(widths.Sum(), "Không có văn bản thuộc danh mục này.", cell with { Align = Align.Center, Italic = true }, span: widths.Length));
            table.Append(empty);
        }

        body.Append(table);
        body.Append(Blocks.Paragraph($"Tổng số: {number} văn bản.", TextStyle.Body with { FirstLineIndent = 0, Before = 120, Italic = true }));
        document.Save(lastSectionLandscape: true);
    }

    /// <summary>STT column plus the columns' relative widths spread over the landscape text width.</summary>
    private static int[] Widths(IReadOnlyList<CatalogueColumn> columns)
    {
        const int stt = 700;
        var total = columns.Sum(c => c.Width);
        var rest = WordDocument.LandscapeTextWidth - stt;
        return [stt, .. columns.Select(c => rest * c.Width / total)];
    }
}
