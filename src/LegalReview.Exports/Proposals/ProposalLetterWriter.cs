using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Core.Proposals;
using LegalReview.Exports.Docx;

namespace LegalReview.Exports.Proposals;

/// <summary>
/// Writes a recommendation letter (công văn kiến nghị) in the ND 30/2020 layout, with the comparison table
/// (current | proposed | reasons) as a landscape appendix whose proposed wording is a set of Word tracked changes.
/// </summary>
public sealed class ProposalLetterWriter(ExportSettings settings)
{
    private static readonly TextStyle Body = TextStyle.Body;

    public void Write(ProposalLetter letter, Stream output)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (letter.Items.Count == 0) throw new ArgumentException("Kiến nghị chưa có nội dung nào.", nameof(letter));

        using var document = new WordDocument(output, "V/v " + letter.Subject);
        var body = document.Body;
        var number = settings.FormatLetterNumber(letter.NumberSequence);
        body.Append(Letterhead.Create(settings, number, VietnameseDates.PlaceAndDate(settings.Place, letter.Date, letter.Year), letter.Subject));
        AppendAddressees(body, letter.Addressees);

        foreach (var basis in letter.LegalBasis.Where(b => !string.IsNullOrWhiteSpace(b)))
        {
            body.Append(Blocks.Paragraph("Căn cứ " + basis.Trim().TrimEnd(';', '.') + ";", Body));
        }

        body.Append(Blocks.Paragraph(letter.Occasion.Trim(), Body));
        var verbs = ProposalActionNames.Verbs(letter.Items.Select(i => i.Action));
        body.Append(Blocks.Paragraph(
            $"Qua rà soát, {settings.OrganisationInText} nhận thấy một số quy định sau đây cần được xem xét {verbs} cho phù hợp, cụ thể như sau:", Body));

        for (var k = 0; k < letter.Items.Count; k++) AppendItem(body, k + 1, letter.Items[k]);

        body.Append(Blocks.Paragraph("(Chi tiết tại Phụ lục so sánh kèm theo Công văn này.)", Body with { Italic = true }));
        var addressee = letter.Addressees.Count == 1 ? letter.Addressees[0].Trim().TrimEnd('.', ';') : "Quý cơ quan";
        body.Append(Blocks.Paragraph(
            $"{settings.OrganisationInText} kính đề nghị {addressee} xem xét, {verbs} các quy định nêu trên theo thẩm quyền./.", Body));
        body.Append(SignatureBlock.Create(settings, letter.Recipients));

        document.EndFirstSection();
        AppendAppendix(document, letter, number);
        document.Save(lastSectionLandscape: true);
    }

    private static void AppendAddressees(Body body, IReadOnlyList<string> addressees)
    {
        var style = TextStyle.Centered with { Size = 14, Before = 240, After = 240 };
        if (addressees.Count == 1)
        {
            body.Append(Blocks.Paragraph("Kính gửi: " + addressees[0].Trim().TrimEnd('.', ';') + ".", style));
            return;
        }

        // Several addressees: "Kính gửi:" then one dash line each, aligned under one another.
        var list = style with { Align = Align.Left, LeftIndent = 2835, Before = 0, After = 0 };
        body.Append(Blocks.Paragraph("Kính gửi:", style with { After = 0 }));
        for (var k = 0; k < addressees.Count; k++)
        {
            body.Append(Blocks.Paragraph("- " + addressees[k].Trim().TrimEnd('.', ';') + (k == addressees.Count - 1 ? "." : ";"),
                list with { After = k == addressees.Count - 1 ? 240 : 0 }));
        }
    }

    private static void AppendItem(Body body, int index, ProposalLetterItem item)
    {
        var verb = ProposalActionNames.Verb(item.Action);
        body.Append(Blocks.Paragraph($"{index}. Đề nghị {verb} {item.TargetProvision.Trim()}", Body with { Bold = true, KeepNext = true }));
        if (item.Action != ProposalAction.IssueNew && !string.IsNullOrWhiteSpace(item.CurrentText))
        {
            body.Append(Blocks.Mixed(Body with { KeepNext = true }, ("a) Quy định hiện hành:", false, false)));
            AppendQuoted(body, item.CurrentText);
        }

        var findings = item.Findings.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        var reasons = new List<string>();
        if (findings.Count > 0) reasons.Add("Vấn đề phát hiện qua rà soát: " + string.Join("; ", findings.Select(f => f.Trim().TrimEnd('.', ';'))) + ".");
        if (!string.IsNullOrWhiteSpace(item.Reasoning)) reasons.AddRange(Blocks.Lines(item.Reasoning));
        body.Append(Blocks.Paragraph(item.Action == ProposalAction.IssueNew ? "a) Lý do đề nghị:" : "b) Lý do đề nghị:", Body with { KeepNext = true }));
        foreach (var reason in reasons) body.Append(Blocks.Paragraph(reason, Body));

        var label = item.Action == ProposalAction.IssueNew ? "b)" : "c)";
        if (item.Action == ProposalAction.Repeal)
        {
            body.Append(Blocks.Paragraph($"{label} Nội dung đề nghị: bãi bỏ {item.TargetProvision.Trim()}.", Body));
            return;
        }

        body.Append(Blocks.Paragraph($"{label} Nội dung đề nghị {verb} như sau:", Body with { KeepNext = true }));
        AppendQuoted(body, item.ProposedText);
    }

    /// <summary>Quoted wording, italic, one paragraph per line, opening and closing quotes around the whole.</summary>
    private static void AppendQuoted(Body body, string text)
    {
        var lines = Blocks.Lines(text).ToList();
        if (lines.Count == 0) return;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = (k == 0 ? "“" : "") + lines[k] + (k == lines.Count - 1 ? "”" : "");
            body.Append(Blocks.Paragraph(line, Body with { Italic = true }));
        }
    }

    private void AppendAppendix(WordDocument document, ProposalLetter letter, string number)
    {
        var body = document.Body;
        var centered = TextStyle.Centered with { Size = 14, Bold = true };
        body.Append(Blocks.Paragraph("PHỤ LỤC", centered));
        body.Append(Blocks.Paragraph("BẢNG SO SÁNH, THUYẾT MINH NỘI DUNG ĐỀ NGHỊ " + ProposalActionNames.Verbs(letter.Items.Select(i => i.Action)).ToUpperInvariant(), centered));
        var date = VietnameseDates.PlaceAndDate("", letter.Date, letter.Year).TrimStart(',', ' ');
        body.Append(Blocks.Paragraph($"(Kèm theo Công văn số {number} {date} của {settings.OrganisationInText})", centered with { Bold = false, Italic = true, After = 240 }));

        int[] widths = [700, 2300, 4100, 4300, 2887];
        var table = Blocks.Table(widths, grid: true);
        var headStyle = TextStyle.Centered with { Size = 12, Bold = true, Before = 60, After = 60 };
        var header = Blocks.Row(header: true);
        string[] titles = ["STT", "Quy định cần xử lý", "Quy định hiện hành", "Nội dung đề nghị (đánh dấu thay đổi)", "Lý do, thuyết minh"];
        for (var c = 0; c < widths.Length; c++) header.Append(Blocks.Cell(widths[c], titles[c], headStyle, shaded: true));
        table.Append(header);

        var cell = new TextStyle { Size = 12, Align = Align.Justify, After = 60, Line = 240 };
        for (var k = 0; k < letter.Items.Count; k++)
        {
            var item = letter.Items[k];
            var row = Blocks.Row();
            row.Append(Blocks.Cell(widths[0], (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), cell with { Align = Align.Center }));
            row.Append(Blocks.Cell(widths[1], $"Đề nghị {ProposalActionNames.Verb(item.Action)} {item.TargetProvision.Trim()}", cell with { Align = Align.Left }));
            row.Append(Blocks.Cell(widths[2], item.Action == ProposalAction.IssueNew ? "" : item.CurrentText, cell));
            var current = item.Action == ProposalAction.IssueNew ? "" : item.CurrentText;
            var proposed = item.Action == ProposalAction.Repeal ? "" : item.ProposedText;
            var segments = Redline.Compute(current, proposed);
            row.Append(Blocks.Cell(widths[3], TrackedChanges.Paragraphs(document, segments, cell, settings.RevisionAuthor, letter.RevisionDate).Cast<OpenXmlElement>()));
            var reasons = item.Findings.Where(f => !string.IsNullOrWhiteSpace(f)).Concat(Blocks.Lines(item.Reasoning ?? ""));
            row.Append(Blocks.Cell(widths[4], reasons.Select(r => (OpenXmlElement)Blocks.Paragraph(r, cell))));
            table.Append(row);
        }

        body.Append(table);
        body.Append(new Paragraph());
    }
}
