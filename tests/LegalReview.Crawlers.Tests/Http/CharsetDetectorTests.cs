using System.Text;
using LegalReview.Crawlers.Http;

namespace LegalReview.Crawlers.Tests.Http;

public sealed class CharsetDetectorTests
{
    private const string Text = "Điều 1. Phạm vi điều chỉnh của Bộ luật Lao động";

    static CharsetDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Detect_Utf8DeclaredAsLatin1_UsesUtf8AndReportsMismatch()
    {
        var bytes = Encoding.UTF8.GetBytes($"<p>{Text}</p>");
        var encoding = CharsetDetector.Detect(bytes, "iso-8859-1", out var mismatch);
        encoding.GetString(bytes).ShouldContain(Text);
        mismatch.ShouldBeTrue();
    }

    [Fact]
    public void Detect_Windows1258WithMetaCharset_UsesMeta()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>{Text}</body></html>";
        var bytes = Encoding.GetEncoding(1258).GetBytes(html);
        var encoding = CharsetDetector.Detect(bytes, null, out var mismatch);
        encoding.CodePage.ShouldBe(1258);
        mismatch.ShouldBeFalse();
    }

    [Fact]
    public void Detect_NoDeclarationValidUtf8_UsesUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        CharsetDetector.Detect(bytes, null, out _).GetString(bytes).ShouldBe(Text);
    }

    [Fact]
    public void Detect_DeclaredUtf8ButInvalid_FallsBackAndReportsMismatch()
    {
        var bytes = Encoding.GetEncoding(1258).GetBytes("Lu\u00e2t lao \u0111\u00f4ng");
        var encoding = CharsetDetector.Detect(bytes, "utf-8", out var mismatch);
        mismatch.ShouldBeTrue();
        encoding.CodePage.ShouldBe(1258);
    }
}
