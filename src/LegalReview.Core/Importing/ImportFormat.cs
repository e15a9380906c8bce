namespace LegalReview.Core.Importing;

/// <summary>What <see cref="DocumentTextExtractor"/> decided a file is, before opening it.</summary>
internal enum ImportFormat
{
    Unknown,
    Text,
    Html,
    Docx,
    Pdf,
    LegacyWord,
}
