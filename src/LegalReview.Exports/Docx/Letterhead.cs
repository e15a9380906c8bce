using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Exports.Docx;

/// <summary>
/// The top block of an administrative document (ND 30/2020, Appendix I): parent and issuing body with a short rule at
/// top left, Quốc hiệu and Tiêu ngữ with a rule at top right; under them the number (and a letter's "V/v" line) on the
/// left and the italic place and date on the right, on the same line.
/// </summary>
public static class Letterhead
{
    private const int LeftWidth = 3970;
    private const int RightWidth = 5954;

    /// <summary>Shifts the block a little into the left margin, as the official samples do, so Quốc hiệu fits on one line.</summary>
    private const int Indent = -285;

    public static Table Create(ExportSettings settings, string number, string placeAndDate, string? subject)
    {
        var table = Blocks.Table([LeftWidth, RightWidth], grid: false, Indent);
        var head = TextStyle.Centered with { Size = 13 };

        var top = Blocks.Row();
        top.Append(Blocks.Cell(LeftWidth, new OpenXmlElement[]
        {
            Blocks.Paragraph(settings.ParentBody.ToUpperInvariant(), head),
            Blocks.Paragraph(settings.Organisation.ToUpperInvariant(), head with { Bold = true }),
            Rule(LeftWidth, 0.35),
        }));
        top.Append(Blocks.Cell(RightWidth, new OpenXmlElement[]
        {
            Blocks.Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", head with { Size = 12.5, Bold = true }),
            Blocks.Paragraph("Độc lập - Tự do - Hạnh phúc", head with { Size = 14, Bold = true }),
            Rule(RightWidth, 0.6),
        }));
        table.Append(top);

        var bottom = Blocks.Row();
        var left = new List<OpenXmlElement> { Blocks.Paragraph("Số: " + number, head with { Before = 60 }) };
        if (!string.IsNullOrWhiteSpace(subject))
        {
            left.Add(Blocks.Paragraph("V/v " + subject, head with { Size = 12, Before = 60 }));
        }

        bottom.Append(Blocks.Cell(LeftWidth, left));
        bottom.Append(Blocks.Cell(RightWidth, [Blocks.Paragraph(placeAndDate, head with { Size = 14, Italic = true, Before = 60 })]));
        table.Append(bottom);
        return table;
    }

    /// <summary>A centred rule of the given fraction of the cell width: a top border between symmetric indents.</summary>
    private static Paragraph Rule(int cellWidth, double fraction)
    {
        var indent = (int)((cellWidth - 170) * (1 - fraction) / 2);
        return Blocks.Paragraph(TextStyle.Centered with { Size = 6, RuleAbove = true, LeftIndent = indent, RightIndent = indent, Line = 240 });
    }
}
