using System.Text;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Importing;

public sealed class DocumentTextExtractorTests
{
    private static readonly string[] CongDoanDocx = ["samples", "laws", "docx", "luat-cong-doan-2012_12-2012-QH13.docx"];

    [Fact]
    public void Extract_EmptyFile_RejectedAsEmpty()
    {
        var ex = Should.Throw<DocumentRejectedException>(() =>
            DocumentTextExtractor.Extract("empty.txt", RepoFiles.Read("tests", "fixtures", "bad-input", "empty.txt")));

        ex.Message.ShouldStartWith("Tệp rỗng");
    }

    [Fact]
    public void Extract_InputOverFiftyMegabytes_RejectedAsTooLarge()
    {
        var bytes = new byte[DocumentExtractionOptions.DefaultMaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var ex = Should.Throw<DocumentRejectedException>(() => DocumentTextExtractor.Extract("big.txt", bytes));

        ex.Message.ShouldContain("quá lớn");
        ex.Message.ShouldContain("50 MB");
    }

    [Fact]
    public void Extract_SmallerCapInOptions_RejectsRealDocxAboveIt()
    {
        var bytes = RepoFiles.Read(CongDoanDocx);

        Should.Throw<DocumentRejectedException>(() =>
                DocumentTextExtractor.Extract("x.docx", bytes, new DocumentExtractionOptions { MaxBytes = bytes.Length - 1 }))
            .Message.ShouldContain("quá lớn");
        DocumentTextExtractor.Extract("x.docx", bytes, new DocumentExtractionOptions { MaxBytes = bytes.Length })
            .Paragraphs.ShouldNotBeEmpty();
    }

    [Fact]
    public void Extract_UnknownExtensionAndContent_RejectedListingSupportedTypes()
    {
        var ex = Should.Throw<DocumentRejectedException>(() =>
            DocumentTextExtractor.Extract("bang-tinh.xyz", Encoding.UTF8.GetBytes("Điều 1. Phạm vi điều chỉnh")));

        ex.Message.ShouldContain(".xyz");
        ex.Message.ShouldContain(".txt");
        ex.Message.ShouldContain(".docx");
        ex.Message.ShouldContain(".pdf");
    }

    [Fact]
    public void Extract_DocxContentUnderWrongName_SniffedAsDocx()
    {
        var extracted = DocumentTextExtractor.Extract("tai-ve.bin", RepoFiles.Read(CongDoanDocx));

        extracted.MediaType.ShouldBe(ImportMediaTypes.Docx);
        extracted.Paragraphs.ShouldContain(p => p.TrimStart().StartsWith("Điều 1.", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HtmlSavedAsTxt_SniffedAsHtml()
    {
        var bytes = RepoFiles.Read("crawlers", "LegalReview.Crawlers", "Sources", "ThuVienPhapLuat", "examples", "luat-an-ninh-mang-2018_24-2018-QH14.html");

        DocumentTextExtractor.Extract("trang.txt", bytes).MediaType.ShouldBe(ImportMediaTypes.Html);
    }

    [Fact]
    public void Extract_LegacyWordDoc_RejectedWithSaveAsDocxAdvice()
    {
        byte[] oleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Should.Throw<DocumentRejectedException>(() => DocumentTextExtractor.Extract("cu.doc", oleHeader))
            .Message.ShouldContain(".docx");
    }

    [Fact]
    public void Extract_NfdText_PassesThroughUnnormalized()
    {
        var nfc = "Điều 1. Phạm vi điều chỉnh\nLuật này quy định về quyền công đoàn.";
        var nfd = nfc.Normalize(NormalizationForm.FormD);

        var extracted = DocumentTextExtractor.Extract("nfd.txt", Encoding.UTF8.GetBytes(nfd));

        extracted.ToPlainText().ShouldBe(nfd);
        extracted.ToPlainText().Normalize(NormalizationForm.FormC).ShouldBe(nfc);
    }
}
