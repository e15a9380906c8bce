using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Exports.Docx;

/// <summary>
/// The closing block: "Nơi nhận:" (bold italic 12) and its list (11) at bottom left; the signature authority
/// ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", bold), space to sign and the signer's name at bottom right.
/// </summary>
public static class SignatureBlock
{
    private const int LeftWidth = 4536;
    private const int RightWidth = 4818;

    public static Table Create(ExportSettings settings, IReadOnlyList<string> recipients)
    {
        var table = Blocks.Table([LeftWidth, RightWidth], grid: false);
        var row = Blocks.Row();
        var list = TextStyle.Centered with { Align = Align.Left, Size = 11 };
        var left = new List<OpenXmlElement> { Blocks.Paragraph("Nơi nhận:", list with { Size = 12, Bold = true, Italic = true, Before = 240 }) };
        var lines = recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim().TrimEnd(';', '.')).ToList();
        foreach (var line in lines) left.Add(Blocks.Paragraph("- " + line + ";", list));
        left.Add(Blocks.Paragraph("- " + settings.ArchiveLine, list));
        row.Append(Blocks.Cell(LeftWidth, left));

        var sign = TextStyle.Centered with { Size = 14, Bold = true };
        var right = new List<OpenXmlElement>();
        var first = sign with { Before = 240 };
        if (!string.IsNullOrWhiteSpace(settings.AuthorityPrefix))
        {
            right.Add(Blocks.Paragraph($"{settings.AuthorityPrefix.Trim()} {settings.AuthorityTitle}".ToUpperInvariant(), first));
            right.Add(Blocks.Paragraph(settings.SignerTitle.ToUpperInvariant(), sign));
        }
        else
        {
            right.Add(Blocks.Paragraph(settings.AuthorityTitle.ToUpperInvariant(), first));
        }

        // Room for the signature and the seal: four empty lines, as in the official samples.
        for (var k = 0; k < 4; k++) right.Add(Blocks.Paragraph("", sign));
        right.Add(Blocks.Paragraph(settings.SignerName, sign));
        row.Append(Blocks.Cell(RightWidth, right));
        table.Append(row);
        return table;
    }
}
