using System.Globalization;
using LegalReview.Exports.Docx;

namespace LegalReview.Exports.Lists;

/// <summary>
/// Writes the Báo cáo kết quả rà soát (DOMAIN.md §7): I. bases and purpose; II. results with the totals of each list and
/// the documents needing handling; III. assessment; IV. recommendations; the lists go with it as appendices.
/// </summary>
public sealed class ReviewReportWriter(ExportSettings settings)
{
    private static readonly TextStyle Body = TextStyle.Body;
    private static readonly TextStyle Heading = TextStyle.Body with { Bold = true, KeepNext = true };

    public void Write(CampaignListsInput input, Stream output)
    {
        using var document = new WordDocument(output, "Báo cáo kết quả rà soát");
        var body = document.Body;
        var year = input.ReportDate?.Year ?? input.CutoffDate.Year + 1;
        body.Append(Letterhead.Create(settings, settings.FormatReportNumber(input.ReportNumberSequence),
            VietnameseDates.PlaceAndDate(settings.Place, input.ReportDate, year), subject: null));
        var title = TextStyle.Centered with { Size = 14, Bold = true };
        body.Append(Blocks.Paragraph("BÁO CÁO", title with { Before = 360 }));
        body.Append(Blocks.Paragraph("Kết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật", title));
        body.Append(Blocks.Paragraph(input.CampaignName, title with { After = 240 }));
        body.Append(Blocks.Paragraph("Kính gửi: " + input.ReportAddressee.Trim().TrimEnd('.') + ".", TextStyle.Centered with { Size = 14, After = 240 }));

        body.Append(Blocks.Paragraph("I. CĂN CỨ, MỤC ĐÍCH RÀ SOÁT", Heading));
        body.Append(Blocks.Paragraph("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;", Body));
        body.Append(Blocks.Paragraph("Căn cứ Nghị định số 79/2025/NĐ-CP của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;", Body));
        var plan = string.IsNullOrWhiteSpace(input.PlanReference) ? "" : $" theo {input.PlanReference.Trim()}";
        body.Append(Blocks.Paragraph(
            $"Thực hiện nhiệm vụ{plan}, {settings.OrganisationInText} đã tổ chức đợt rà soát “{input.CampaignName.Trim().TrimEnd('.')}” nhằm xác định văn bản còn hiệu lực, hết hiệu lực và văn bản cần xử lý, tính đến ngày {VietnameseDates.Short(input.CutoffDate)}.", Body));

        body.Append(Blocks.Paragraph("II. KẾT QUẢ RÀ SOÁT", Heading));
        var inScope = input.Documents.Where(d => d.IssuedOn is null || d.IssuedOn <= input.CutoffDate).ToList();
        var byType = inScope.GroupBy(d => d.TypeName).OrderBy(g => g.Min(d => Catalogues.Rank(d.Type)))
            .Select(g => $"{g.Key}: {g.Count().ToString(CultureInfo.InvariantCulture)}");
        body.Append(Blocks.Paragraph($"1. Tổng số văn bản được rà soát: {inScope.Count.ToString(CultureInfo.InvariantCulture)} văn bản ({string.Join("; ", byType)}).", Body));
        var n = 2;
        foreach (var kind in Catalogues.All)
        {
            var count = Catalogues.Select(input, kind).Sum(g => g.Documents.Count);
            body.Append(Blocks.Paragraph($"{n++}. {Catalogues.Title(kind).Replace("Danh mục văn bản", "Số văn bản", StringComparison.Ordinal)}: {count.ToString(CultureInfo.InvariantCulture)} văn bản (Phụ lục {(int)kind}).", Body));
            if (kind == CatalogueKind.NeedsHandling)
            {
                foreach (var d in Catalogues.Select(input, kind).SelectMany(g => g.Documents))
                {
                    var reason = string.IsNullOrWhiteSpace(d.HandlingReason) ? "" : $"; lý do: {d.HandlingReason.Trim().TrimEnd('.')}";
                    body.Append(Blocks.Paragraph($"- {d.TypeName} số {d.Number}: kiến nghị {d.Handling!.Trim().ToLower(CultureInfo.GetCultureInfo("vi-VN"))}{reason}.", Body));
                }
            }
        }

        body.Append(Blocks.Paragraph("III. ĐÁNH GIÁ", Heading));
        var assessment = string.IsNullOrWhiteSpace(input.Assessment)
            ? "Việc rà soát được thực hiện đúng phạm vi, trình tự theo quy định; kết quả rà soát đã xác định rõ tình trạng hiệu lực của từng văn bản tại thời điểm rà soát và các văn bản cần được xử lý."
            : input.Assessment;
        foreach (var line in Blocks.Lines(assessment)) body.Append(Blocks.Paragraph(line, Body));

        body.Append(Blocks.Paragraph("IV. KIẾN NGHỊ", Heading));
        var recommendations = string.IsNullOrWhiteSpace(input.Recommendations)
            ? $"Đề nghị {input.ReportAddressee.Trim().TrimEnd('.')} xem xét, công bố Danh mục văn bản hết hiệu lực, tạm ngưng hiệu lực và chỉ đạo các cơ quan liên quan xử lý các văn bản tại Phụ lục 4 theo thẩm quyền."
            : input.Recommendations;
        foreach (var line in Blocks.Lines(recommendations)) body.Append(Blocks.Paragraph(line, Body));
        body.Append(Blocks.Paragraph($"Trên đây là báo cáo kết quả rà soát của {settings.OrganisationInText}./.", Body));
        body.Append(SignatureBlock.Create(settings, [input.ReportAddressee.Trim().TrimEnd('.') + " (để b/c)", "Bộ Tư pháp (Cục Kiểm tra văn bản và Tổ chức thi hành pháp luật)"]));
        document.Save();
    }
}
