using LegalReview.Core.Parsing;

namespace LegalReview.Core.Importing;

/// <summary>Turns the bytes of a .txt, .html, .docx or .pdf file into paragraphs. Placeholder until the importers land.</summary>
public static class DocumentTextExtractor
{
    /// <exception cref="DocumentRejectedException">The file is empty, binary, corrupt, too large or of an unsupported type.</exception>
    public static ExtractedText Extract(string fileName, byte[] bytes) =>
        throw new DocumentRejectedException("Chưa hỗ trợ nhập tệp.");
}
