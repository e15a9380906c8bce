using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Core.Proposals;
using LegalReview.Exports.Docx;
using LegalReview.Exports.Proposals;

namespace LegalReview.Exports.Tests;

public sealed class ProposalLetterWriterTests
{
    private static byte[] Write(ProposalLetter letter, ExportSettings? settings = null)
    {
        using var stream = new MemoryStream();
        new ProposalLetterWriter(settings ?? SampleLetters.Settings).Write(letter, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Write_SampleLabourCodeProposal_ValidatesWithoutErrors()
    {
        var docx = Write(SampleLetters.Letter());

        DocxChecks.Validate(docx).ShouldBeEmpty();
        DocxChecks.ShouldHaveOfficialPageSetup(docx);
    }

    [Fact]
    public void Write_SampleProposal_HasHeaderElementsInOrder()
    {
        var paragraphs = DocxChecks.Paragraphs(Write(SampleLetters.Letter()));

        paragraphs.ShouldContain("UBND TỈNH LẠNG SƠN");
        paragraphs.ShouldContain("SỞ TƯ PHÁP");
        paragraphs.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        paragraphs.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        paragraphs.ShouldContain("Số:       /STP-NV1");
        paragraphs.ShouldContain("Lạng Sơn, ngày      tháng      năm 2026");
        paragraphs.ShouldContain("V/v kiến nghị sửa đổi, bổ sung Bộ luật Lao động số 45/2019/QH14");
        paragraphs.ShouldContain("Kính gửi: Bộ Nội vụ.");
        paragraphs.ShouldContain("KT. GIÁM ĐỐC");
        paragraphs.ShouldContain("PHÓ GIÁM ĐỐC");
        paragraphs.ShouldContain("Nguyễn Văn An");
        paragraphs.ShouldContain("Nơi nhận:");
        paragraphs.ShouldContain("- Lưu: VT, NV1.");
        paragraphs.IndexOf("Kính gửi: Bộ Nội vụ.").ShouldBeGreaterThan(paragraphs.IndexOf("Số:       /STP-NV1"));
        paragraphs.IndexOf("Nơi nhận:").ShouldBeGreaterThan(paragraphs.IndexOf("Kính gửi: Bộ Nội vụ."));
        paragraphs.First(p => p.StartsWith("1. Đề nghị", StringComparison.Ordinal)).ShouldBe("1. Đề nghị sửa đổi khoản 1 Điều 35 Bộ luật Lao động số 45/2019/QH14");
        paragraphs.ShouldContain(p => p.EndsWith("theo thẩm quyền./.", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_NumberAndDateGiven_FillsThemInOfficialForm()
    {
        var letter = SampleLetters.Letter() with { NumberSequence = "12", Date = new DateOnly(2026, 1, 5) };

        var paragraphs = DocxChecks.Paragraphs(Write(letter, SampleLetters.Settings with { LetterNumberPattern = "{0}/STP-NV2" }));

        paragraphs.ShouldContain("Số: 12/STP-NV2");
        paragraphs.ShouldContain("Lạng Sơn, ngày 05 tháng 01 năm 2026");
        paragraphs.ShouldContain("(Kèm theo Công văn số 12/STP-NV2 ngày 05 tháng 01 năm 2026 của Sở Tư pháp tỉnh Lạng Sơn)");
    }

    [Fact]
    public void Write_SampleProposal_HeaderStylesFollowDecree30()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Write(SampleLetters.Letter())), false);

        Bold(DocxChecks.Find(doc, "SỞ TƯ PHÁP")).ShouldBeTrue();
        Bold(DocxChecks.Find(doc, "UBND TỈNH LẠNG SƠN")).ShouldBeFalse();
        Bold(DocxChecks.Find(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).ShouldBeTrue();
        Bold(DocxChecks.Find(doc, "Độc lập - Tự do - Hạnh phúc")).ShouldBeTrue();
        var date = DocxChecks.Find(doc, "Lạng Sơn, ngày      tháng      năm 2026");
        date.Descendants<Run>().ShouldAllBe(r => r.RunProperties!.Italic != null);
        var recipients = DocxChecks.Find(doc, "Nơi nhận:").Descendants<Run>().Single().RunProperties!;
        (recipients.Bold != null && recipients.Italic != null).ShouldBeTrue();
        recipients.FontSize!.Val!.Value.ShouldBe("24");
        // Body text: justified, first line indented, 14 pt.
        var occasion = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Thực hiện Kế hoạch", StringComparison.Ordinal));
        occasion.ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Both);
        occasion.ParagraphProperties.Indentation!.FirstLine!.Value.ShouldBe("720");
        // Page numbers only from page 2: a first-page header without a PAGE field.
        var section = doc.MainDocumentPart.Document.Body.Descendants<SectionProperties>().First();
        section.GetFirstChild<TitlePage>().ShouldNotBeNull();
        var first = (HeaderPart)doc.MainDocumentPart.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.First).Id!);
        first.Header!.Descendants<SimpleField>().ShouldBeEmpty();
        var other = (HeaderPart)doc.MainDocumentPart.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.Default).Id!);
        other.Header!.Descendants<SimpleField>().Single().Instruction!.Value!.Trim().ShouldBe("PAGE");
    }

    [Fact]
    public void Write_SampleProposal_AppendixCarriesTrackedChangesThatYieldTheProposedText()
    {
        var item = SampleLetters.NoticePeriodItem();
        using var doc = WordprocessingDocument.Open(new MemoryStream(Write(SampleLetters.Letter(item))), false);

        var table = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last();
        var rows = table.Elements<TableRow>().ToList();
        rows.Count.ShouldBe(2);
        rows[0].InnerText.ShouldContain("Quy định hiện hành");
        var cells = rows[1].Elements<TableCell>().ToList();
        cells[1].InnerText.ShouldContain("khoản 1 Điều 35");
        Text(cells[2], accept: true).ShouldBe(Redline.Normalize(item.CurrentText));
        cells[3].Descendants<InsertedRun>().ShouldNotBeEmpty();
        cells[3].Descendants<DeletedRun>().ShouldNotBeEmpty();
        cells[3].Descendants<DeletedRun>().Select(d => d.InnerText).ShouldContain("03");
        cells[3].Descendants<InsertedRun>().Select(d => d.InnerText).ShouldContain("07");
        cells[3].Descendants<InsertedRun>().ShouldAllBe(r => r.Author! == "Sở Tư pháp");
        Text(cells[3], accept: true).ShouldBe(Redline.Normalize(item.ProposedText));
        Text(cells[3], accept: false).ShouldBe(Redline.Normalize(item.CurrentText));
        cells[4].InnerText.ShouldContain("Thời hạn báo trước 03 ngày làm việc");
        var appendix = doc.MainDocumentPart.Document.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        appendix.Orient!.Value.ShouldBe(PageOrientationValues.Landscape);
    }

    [Fact]
    public void Write_ClauseSplitIntoNewLine_MarksTheParagraphBreakAsInserted()
    {
        var item = SampleLetters.NoticePeriodItem();
        var split = item with { ProposedText = item.ProposedText.Replace("; b) Ít nhất", ";\nb) Ít nhất", StringComparison.Ordinal)
            .Replace("d) Đối với", "d) Đối với người lao động làm việc theo mùa vụ, thời hạn báo trước ít nhất 03 ngày làm việc;\nđ) Đối với", StringComparison.Ordinal) };
        using var doc = WordprocessingDocument.Open(new MemoryStream(Write(SampleLetters.Letter(split))), false);

        var cell = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Elements<TableRow>().Last().Elements<TableCell>().ElementAt(3);
        cell.Descendants<ParagraphMarkRunProperties>().SelectMany(m => m.Elements<Inserted>()).ShouldNotBeEmpty();
        Text(cell, accept: true).ShouldBe(Redline.Normalize(split.ProposedText));
        Text(cell, accept: false).ShouldBe(Redline.Normalize(split.CurrentText));
    }

    [Fact]
    public void Write_ReplacedRunAcrossALineBreak_IsOneDeletionAndOneInsertionThatYieldBothTexts()
    {
        // Two points merged into one: the replaced words span the old line break, and the diff marks the whole run
        // once (deleted words and paragraph mark, then the inserted words), not word by word.
        var item = SampleLetters.NoticePeriodItem() with
        {
            CurrentText = "a) Người lao động;\nb) Người sử dụng lao động.",
            ProposedText = "a) Người lao động, người sử dụng lao động.",
        };
        Redline.Compute(item.CurrentText, item.ProposedText).ShouldBe(
        [
            new RedlineSegment(RedlineKind.Same, "a) Người lao động"),
            new RedlineSegment(RedlineKind.Deleted, ";\nb) Người"),
            new RedlineSegment(RedlineKind.Inserted, ", người"),
            new RedlineSegment(RedlineKind.Same, " sử dụng lao động."),
        ]);

        var docx = Write(SampleLetters.Letter(item));

        DocxChecks.Validate(docx).ShouldBeEmpty();
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var cell = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Elements<TableRow>().Last().Elements<TableCell>().ElementAt(3);
        cell.Descendants<ParagraphMarkRunProperties>().SelectMany(m => m.Elements<Deleted>()).Count().ShouldBe(1);
        cell.Descendants<InsertedRun>().Select(r => r.InnerText).ShouldBe([", người"]);
        Text(cell, accept: true).ShouldBe(item.ProposedText);
        Text(cell, accept: false).ShouldBe(item.CurrentText);
    }

    [Fact]
    public void Write_RepealItem_DeletesTheWholeCurrentText()
    {
        var (current, citation) = SampleLaw.Provision(SampleLaw.LabourCode, "dieu-35/khoan-2/diem-d");
        var item = new ProposalLetterItem(citation, ProposalAction.Repeal, current, "", "Đã được quy định tại Điều 37.", []);

        var docx = Write(SampleLetters.Letter(item));

        DocxChecks.Validate(docx).ShouldBeEmpty();
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var cell = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Elements<TableRow>().Last().Elements<TableCell>().ElementAt(3);
        Text(cell, accept: true).ShouldBe("");
        Text(cell, accept: false).ShouldBe("d) Bị quấy rối tình dục tại nơi làm việc;");
        DocxChecks.Paragraphs(docx).ShouldContain(p => p.Contains("Nội dung đề nghị: bãi bỏ điểm d khoản 2 Điều 35 Bộ luật Lao động số 45/2019/QH14", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_NoItems_RefusesWithReason()
    {
        var ex = Should.Throw<ArgumentException>(() => Write(SampleLetters.Letter() with { Items = [] }));

        ex.Message.ShouldContain("chưa có nội dung");
    }

    /// <summary>Text of a cell after accepting (or rejecting) every tracked change, paragraphs joined by "\n".</summary>
    private static string Text(TableCell cell, bool accept)
    {
        var lines = new List<string>();
        var pending = "";
        foreach (var p in cell.Elements<Paragraph>())
        {
            var text = string.Concat(p.Descendants().Select(e => e switch
            {
                Text t when t.Ancestors<InsertedRun>().Any() => accept ? t.Text : "",
                Text t => t.Text,
                DeletedText d => accept ? "" : d.Text,
                _ => "",
            }));
            var mark = p.ParagraphProperties?.ParagraphMarkRunProperties;
            var markRemoved = mark != null && (accept ? mark.Elements<Deleted>().Any() : mark.Elements<Inserted>().Any());
            pending += text;
            if (markRemoved) continue;
            lines.Add(pending);
            pending = "";
        }

        if (pending.Length > 0) lines.Add(pending);
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    private static bool Bold(Paragraph p) => p.Descendants<Run>().All(r => r.RunProperties?.Bold != null);
}
