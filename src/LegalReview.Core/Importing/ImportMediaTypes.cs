namespace LegalReview.Core.Importing;

/// <summary>The media types <see cref="DocumentTextExtractor"/> reports in <see cref="ExtractedText.MediaType"/>.</summary>
public static class ImportMediaTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pdf = "application/pdf";
}
