using LegalReview.Exports.Lists;
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

    [Fact]
    public void Render_SampleCampaignOutputs_ReportPortraitListsLandscape()
    {
        var input = SampleCampaign.Input();
        var report = Bytes(s => new ReviewReportWriter(SampleLetters.Settings).Write(input, s));
        var inForce = Bytes(s => new CatalogueDocxWriter(SampleLetters.Settings).Write(input, CatalogueKind.InForce, s));
        var handling = Bytes(s => new CatalogueDocxWriter(SampleLetters.Settings).Write(input, CatalogueKind.NeedsHandling, s));
        var compilation = Bytes(s => new CompilationWriter(SampleLetters.Settings).Write(input, s));
        foreach (var docx in new[] { report, inForce, handling, compilation }) DocxChecks.Validate(docx).ShouldBeEmpty();

        var reportPages = Rendering.ToPng(report, "campaign-report", OutDir);
        if (reportPages is null) return;
        var listPages = Rendering.ToPng(inForce, "list-3-in-force", OutDir)!;
        var handlingPages = Rendering.ToPng(handling, "list-4-needs-handling", OutDir)!;
        var compilationPages = Rendering.ToPng(compilation, "compilation", OutDir, maxPages: 3)!;

        var (rw, rh) = PngSize(reportPages[0]);
        (rh > rw).ShouldBeTrue("the report is portrait A4");
        foreach (var page in listPages.Concat(handlingPages))
        {
            var (w, h) = PngSize(page);
            (w > h).ShouldBeTrue(Path.GetFileName(page) + " is landscape A4");
        }

        compilationPages.Count.ShouldBe(3);
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    /// <summary>Width and height from the PNG IHDR chunk.</summary>
    internal static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}
