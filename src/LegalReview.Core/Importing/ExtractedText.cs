namespace LegalReview.Core.Importing;

/// <summary>Plain paragraphs pulled out of a file (txt, html, docx, pdf), in reading order, before parsing.</summary>
public sealed record ExtractedText(IReadOnlyList<string> Paragraphs, string MediaType)
{
    public string ToPlainText() => string.Join('\n', Paragraphs);
}
