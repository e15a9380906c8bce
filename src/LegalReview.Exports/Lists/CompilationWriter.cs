using System.Globalization;
using LegalReview.Exports.Docx;

namespace LegalReview.Exports.Lists;

/// <summary>
/// Writes the Tập hệ thống hóa: a title page, the table of contents (the in-force list in its order) and then the text
/// of every document in force at the cut-off date, each starting on a new page.
/// </summary>
public sealed class CompilationWriter(ExportSettings settings)
{
    public void Write(CampaignListsInput input, Stream output)
    {
        using var document = new WordDocument(output, "Tập hệ thống hóa văn bản quy phạm pháp luật");
        var body = document.Body;
        var centered = TextStyle.Centered with { Size = 14 };
        body.Append(Blocks.Paragraph(settings.ParentBody.ToUpperInvariant(), centered));
        body.Append(Blocks.Paragraph(settings.Organisation.ToUpperInvariant(), centered with { Bold = true, After = 2400 }));
        body.Append(Blocks.Paragraph("TẬP HỆ THỐNG HÓA", centered with { Size = 20, Bold = true }));
        body.Append(Blocks.Paragraph("VĂN BẢN QUY PHẠM PHÁP LUẬT CÒN HIỆU LỰC", centered with { Size = 16, Bold = true, After = 240 }));
        body.Append(Blocks.Paragraph(input.CampaignName, centered with { After = 240 }));
        body.Append(Blocks.Paragraph($"(Tính đến ngày {VietnameseDates.Short(input.CutoffDate)})", centered with { Italic = true, After = 2400 }));
        body.Append(Blocks.Paragraph($"{settings.Place}, năm {(input.CutoffDate.Year + 1).ToString(CultureInfo.InvariantCulture)}", centered with { Bold = true }));

        var groups = Catalogues.Select(input, CatalogueKind.InForce);
        body.Append(Blocks.Paragraph("MỤC LỤC", centered with { Bold = true, PageBreakBefore = true, After = 240 }));
        var n = 0;
        var toc = TextStyle.Body with { FirstLineIndent = 0 };
        for (var g = 0; g < groups.Count; g++)
        {
            body.Append(Blocks.Paragraph(Catalogues.GroupHeading(g + 1, groups[g].Issuer), toc with { Bold = true }));
            foreach (var d in groups[g].Documents)
            {
                body.Append(Blocks.Paragraph($"{++n}. {d.TypeName} số {d.Number} ngày {VietnameseDates.Short(d.IssuedOn)}: {d.Title}", toc));
            }
        }

        var text = TextStyle.Body with { Size = 13, After = 60 };
        foreach (var d in groups.SelectMany(g => g.Documents))
        {
            body.Append(Blocks.Paragraph($"{d.TypeName.ToUpperInvariant()} SỐ {d.Number}", centered with { Bold = true, PageBreakBefore = true }));
            body.Append(Blocks.Paragraph(d.Title, centered with { Bold = true, After = 120 }));
            body.Append(Blocks.Paragraph($"Ban hành ngày {VietnameseDates.Short(d.IssuedOn)}; có hiệu lực từ ngày {VietnameseDates.Short(d.EffectiveOn)}", centered with { Italic = true, Size = 13, After = 240 }));
            if (d.Validity is Core.Documents.Validity.PartlyExpired or Core.Documents.Validity.PartlySuspended && !string.IsNullOrWhiteSpace(d.ExpiredProvisions))
            {
                body.Append(Blocks.Paragraph($"Ghi chú: hết hiệu lực một phần ({d.ExpiredProvisions.Trim().TrimEnd('.')}).", text with { Italic = true }));
            }

            var lines = BodyLines(d.Text);
            if (lines.Count == 0)
            {
                body.Append(Blocks.Paragraph("(Chưa có toàn văn trong cơ sở dữ liệu.)", text with { Italic = true }));
            }

            foreach (var line in lines)
            {
                if (IsUnitHeading(line))
                {
                    body.Append(Blocks.Paragraph(line, centered with { Size = 13, Bold = true, KeepNext = true, Before = 120 }));
                    continue;
                }

                var article = line.StartsWith("Điều ", StringComparison.Ordinal);
                body.Append(Blocks.Paragraph(line, text with { Bold = article, KeepNext = article }));
            }
        }

        document.Save();
    }

    /// <summary>
    /// The text from its first "Căn cứ" line or structural unit on: the stored text starts with the letterhead,
    /// which the compilation prints once in its own form above.
    /// </summary>
    private static List<string> BodyLines(string text)
    {
        var lines = Blocks.Lines(text).ToList();
        var start = lines.FindIndex(l => l.StartsWith("Căn cứ", StringComparison.Ordinal) || IsUnitHeading(l) || l.StartsWith("Điều ", StringComparison.Ordinal));
        return start > 0 ? lines[start..] : lines;
    }

    /// <summary>"Chương I", "Mục 2", "PHẦN THỨ NHẤT" or a title in capitals under them.</summary>
    private static bool IsUnitHeading(string line) =>
        line.StartsWith("Chương ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Phần ", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Mục ", StringComparison.OrdinalIgnoreCase)
        || (line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper) && line.Length < 200);
}
