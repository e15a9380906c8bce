using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using LegalReview.Exports.Lists;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Exports.Tests;

public sealed class CampaignOutputsTests
{
    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(CatalogueKind.ExpiredWhole, 3)]
    [InlineData(CatalogueKind.ExpiredPart, 2)]
    [InlineData(CatalogueKind.InForce, 6)]
    [InlineData(CatalogueKind.NeedsHandling, 1)]
    public void CatalogueDocx_SampleCampaign_ValidLandscapeTableWithOneRowPerDocument(CatalogueKind kind, int documents)
    {
        var docx = Bytes(s => new CatalogueDocxWriter(SampleLetters.Settings).Write(SampleCampaign.Input(), kind, s));

        DocxChecks.Validate(docx).ShouldBeEmpty();
        DocxChecks.ShouldHaveOfficialPageSetup(docx);
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        body.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageSize>()!.Orient!.Value.ShouldBe(W.PageOrientationValues.Landscape);
        var rows = body.Elements<W.Table>().Single().Elements<W.TableRow>().ToList();
        rows.Count.ShouldBe(1 + 1 + documents); // header, "I. QUỐC HỘI", documents
        rows[1].InnerText.ShouldBe("I. QUỐC HỘI");
        DocxChecks.Paragraphs(docx).ShouldContain(Catalogues.Title(kind).ToUpperInvariant());
    }

    [Fact]
    public void CatalogueDocx_ExpiredWhole_RowCarriesReasonAndDate()
    {
        var docx = Bytes(s => new CatalogueDocxWriter(SampleLetters.Settings).Write(SampleCampaign.Input(), CatalogueKind.ExpiredWhole, s));

        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var row = doc.MainDocumentPart!.Document.Body!.Descendants<W.TableRow>().Single(r => r.InnerText.Contains("12/2012/QH13", StringComparison.Ordinal));
        var cells = row.Elements<W.TableCell>().Select(c => c.InnerText).ToList();
        cells.ShouldBe(["2", "Luật", "12/2012/QH13" + "20/06/2012", "Luật Công đoàn", "Được thay thế bởi Luật Công đoàn số 50/2024/QH15", "01/07/2025"]);
    }

    [Fact]
    public void Xlsx_SampleCampaign_ValidWorkbookWithFourSheets()
    {
        var xlsx = Bytes(s => CatalogueXlsxWriter.Write(SampleCampaign.Input(), s));

        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Select(e => e.Description).ShouldBeEmpty();
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldBe(["1. Hết hiệu lực toàn bộ", "2. Hết hiệu lực một phần", "3. Còn hiệu lực", "4. Cần xử lý"]);
        var partly = (WorksheetPart)doc.WorkbookPart.GetPartById(sheets[1].Id!);
        var rows = partly.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();
        rows[3][0].ShouldBe("STT");
        rows[4][0].ShouldBe("I. QUỐC HỘI");
        rows[5].ShouldBe(["1", "Luật", "25/2008/QH12\n14/11/2008", "Luật bảo hiểm y tế", "Điểm b khoản 1 Điều 21; khoản 10 và khoản 12 Điều 23",
            "Bị bãi bỏ bởi khoản 14 và khoản 16 Điều 1 Luật số 46/2014/QH13", "01/01/2015"]);
        rows.Count.ShouldBe(7);
    }

    [Fact]
    public void Csv_InForce_Utf8WithBomOneLinePerDocument()
    {
        var csv = Bytes(s => CatalogueCsvWriter.Write(SampleCampaign.Input(), CatalogueKind.InForce, s));

        csv.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(7);
        lines[0].ShouldStartWith("STT,Cơ quan ban hành,Tên loại văn bản,");
        lines[1].ShouldBe("1,Quốc hội,Bộ luật,45/2019/QH14; 20/11/2019,Bộ luật Lao động,01/01/2021,");
        lines[2].ShouldEndWith(",Hết hiệu lực một phần: Điểm b khoản 1 Điều 21; khoản 10 và khoản 12 Điều 23");
        lines[4].ShouldEndWith(",Được thay thế bởi Luật Việc làm số 74/2025/QH15 kể từ ngày 01/01/2026");
        lines[5].ShouldContain(",\"Luật an toàn, vệ sinh lao động\",");
    }

    [Fact]
    public void Report_SampleCampaign_ValidWithTotalsOfEachList()
    {
        var docx = Bytes(s => new ReviewReportWriter(SampleLetters.Settings).Write(SampleCampaign.Input(), s));

        DocxChecks.Validate(docx).ShouldBeEmpty();
        DocxChecks.ShouldHaveOfficialPageSetup(docx);
        var paragraphs = DocxChecks.Paragraphs(docx);
        paragraphs.ShouldContain("Số:       /BC-STP");
        paragraphs.ShouldContain("BÁO CÁO");
        paragraphs.ShouldContain("1. Tổng số văn bản được rà soát: 9 văn bản (Bộ luật: 1; Luật: 8).");
        paragraphs.ShouldContain("2. Số văn bản hết hiệu lực, tạm ngưng hiệu lực toàn bộ: 3 văn bản (Phụ lục 1).");
        paragraphs.ShouldContain("4. Số văn bản còn hiệu lực: 6 văn bản (Phụ lục 3).");
        paragraphs.ShouldContain(p => p.StartsWith("- Bộ luật số 45/2019/QH14: kiến nghị sửa đổi, bổ sung", StringComparison.Ordinal));
        paragraphs.ShouldContain("KT. GIÁM ĐỐC");
    }

    [Fact]
    public void Compilation_SampleCampaign_HoldsTheTextsInForceOnly()
    {
        var docx = Bytes(s => new CompilationWriter(SampleLetters.Settings).Write(SampleCampaign.Input(), s));

        DocxChecks.Validate(docx).ShouldBeEmpty();
        DocxChecks.ShouldHaveOfficialPageSetup(docx);
        var paragraphs = DocxChecks.Paragraphs(docx);
        paragraphs.ShouldContain("BỘ LUẬT SỐ 45/2019/QH14");
        paragraphs.ShouldContain("Điều 35. Quyền đơn phương chấm dứt hợp đồng lao động của người lao động");
        paragraphs.ShouldContain("Ghi chú: hết hiệu lực một phần (Điểm c khoản 1 Điều 32).");
        paragraphs.ShouldNotContain("LUẬT SỐ 12/2012/QH13");
    }

    [Fact]
    public void WriteAll_SampleCampaign_WritesReportListsWorkbookAndCompilation()
    {
        var dir = Directory.CreateTempSubdirectory("lr-exports-").FullName;
        try
        {
            var files = new CampaignExporter(SampleLetters.Settings).WriteAll(SampleCampaign.Input(), dir);

            files.Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(new[]
            {
                "bao-cao-ket-qua-ra-soat.docx", "danh-muc-1-het-hieu-luc-toan-bo.csv", "danh-muc-1-het-hieu-luc-toan-bo.docx",
                "danh-muc-2-het-hieu-luc-mot-phan.csv", "danh-muc-2-het-hieu-luc-mot-phan.docx", "danh-muc-3-con-hieu-luc.csv",
                "danh-muc-3-con-hieu-luc.docx", "danh-muc-4-can-xu-ly.csv", "danh-muc-4-can-xu-ly.docx", "danh-muc.xlsx", "tap-he-thong-hoa.docx",
            }.Order(StringComparer.Ordinal));
            Directory.GetFiles(dir, "*.tmp").ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
