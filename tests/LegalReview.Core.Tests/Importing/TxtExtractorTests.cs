using System.Text;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Importing;

public sealed class TxtExtractorTests
{
    private static readonly string[] LawTxt = ["samples", "laws", "luat-viec-lam-2013_38-2013-QH13.txt"];

    private static string LawText() => File.ReadAllText(RepoFiles.FullPath(LawTxt));

    public static TheoryData<string> Encodings() => new("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom");

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Extract_SampleLawInEncoding_GivesSameLines(string encoding)
    {
        var text = LawText();
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };

        var extracted = DocumentTextExtractor.Extract("luat.txt", bytes);

        extracted.MediaType.ShouldBe(ImportMediaTypes.PlainText);
        var expected = text.ReplaceLineEndings("\n").Split('\n').SkipLast(text.EndsWith('\n') ? 1 : 0).ToList();
        extracted.Paragraphs.Count.ShouldBe(expected.Count);
        extracted.Paragraphs.SequenceEqual(expected).ShouldBeTrue();
        extracted.Paragraphs[0].ShouldNotStartWith("\uFEFF");
        extracted.Paragraphs.ShouldContain("Điều 1. Phạm vi điều chỉnh");
    }

    [Fact]
    public void Extract_SampleLawWithTabs_KeepsTabs()
    {
        var extracted = DocumentTextExtractor.Extract("luat.txt",
            RepoFiles.Read("samples", "laws", "luat-an-toan-ve-sinh-lao-dong-2015_84-2015-QH13.txt"));

        extracted.Paragraphs.ShouldContain("\tPhạm vi điều chỉnh");
    }

    [Fact]
    public void Extract_CrLfLines_SplitWithoutCarriageReturns()
    {
        var extracted = DocumentTextExtractor.Extract("a.txt", Encoding.UTF8.GetBytes("Điều 1. A\r\n\tKhoản 1\r\n"));

        extracted.Paragraphs.ShouldBe(["Điều 1. A", "\tKhoản 1"]);
    }

    [Fact]
    public void Extract_Windows1258File_DecodesVietnamese()
    {
        var extracted = DocumentTextExtractor.Extract("cp1258.txt", RepoFiles.Read("tests", "fixtures", "bad-input", "windows-1258.txt"));

        extracted.Paragraphs.Select(p => p.Normalize(NormalizationForm.FormC)).ShouldBe(
        [
            "Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về quyền công đoàn, quyền và nghĩa vụ của đoàn viên công đoàn.",
        ]);
    }

    [Fact]
    public void Extract_BinaryGarbage_RejectedAsNotText()
    {
        var ex = Should.Throw<DocumentRejectedException>(() =>
            DocumentTextExtractor.Extract("rac.txt", RepoFiles.Read("tests", "fixtures", "bad-input", "binary-garbage.txt")));

        ex.Message.ShouldStartWith("Tệp không phải văn bản");
    }

    [Fact]
    public void Extract_ControlCharactersWithoutNul_RejectedAsNotText()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();

        Should.Throw<DocumentRejectedException>(() => DocumentTextExtractor.Extract("x.txt", bytes))
            .Message.ShouldStartWith("Tệp không phải văn bản");
    }
}
