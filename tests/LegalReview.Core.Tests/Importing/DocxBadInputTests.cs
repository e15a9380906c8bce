using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Tests.Importing;

public sealed class DocxBadInputTests
{
    [Theory]
    [InlineData("truncated.docx", "bị hỏng")]
    [InlineData("zip-without-document.docx", "word/document.xml")]
    [InlineData("renamed-text.docx", "không phải tài liệu Word")]
    public void Extract_BrokenDocxFixture_RejectedWithReason(string fixture, string reason)
    {
        var ex = Should.Throw<DocumentRejectedException>(() =>
            DocumentTextExtractor.Extract(fixture, RepoFiles.Read("tests", "fixtures", "bad-input", fixture)));

        ex.Message.ShouldContain(reason);
        ex.Message.ShouldNotContain("\n");
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Extract_RealDocxCutShort_RejectedNotCrashed(double keep)
    {
        var bytes = RepoFiles.Read("samples", "laws", "docx", "bo-luat-lao-dong-2019_45-2019-QH14.docx");

        Should.Throw<DocumentRejectedException>(() =>
            DocumentTextExtractor.Extract("cut.docx", bytes[..(int)(bytes.Length * keep)]));
    }
}
