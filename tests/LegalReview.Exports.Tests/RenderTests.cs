using LegalReview.Exports.Proposals;

namespace LegalReview.Exports.Tests;

/// <summary>
/// Renders the sample exports with LibreOffice and pdftoppm (LEGALREVIEW_SOFFICE; CI sets it). Without LibreOffice
/// only the .docx is checked. LEGALREVIEW_RENDER_OUT names the folder for the PNGs (scripts/render-exports.sh passes
/// docs/exports so the pictures in the repository can be regenerated).
/// </summary>
public sealed class RenderTests
{
    private static string OutDir => Environment.GetEnvironmentVariable("LEGALREVIEW_RENDER_OUT") is { Length: > 0 } dir
        ? Path.GetFullPath(dir)
        : Path.Combine(Path.GetTempPath(), "legalreview-exports-render");

    [Fact]
    public void Render_SampleProposalLetter_PortraitLetterThenLandscapeAppendix()
    {
        using var stream = new MemoryStream();
        new ProposalLetterWriter(SampleLetters.Settings).Write(SampleLetters.Letter(), stream);
        var docx = stream.ToArray();
        DocxChecks.Validate(docx).ShouldBeEmpty();

        var pages = Rendering.ToPng(docx, "proposal-letter", OutDir);
        if (pages is null) return;

        pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        var (w1, h1) = PngSize(pages[0]);
        (h1 > w1).ShouldBeTrue("the letter's first page is portrait A4");
        var (w2, h2) = PngSize(pages[^1]);
        (w2 > h2).ShouldBeTrue("the comparison appendix is landscape A4");
    }

    /// <summary>Width and height from the PNG IHDR chunk.</summary>
    internal static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
