namespace LegalReview.Core.Parsing;

/// <summary>Vietnamese structure parser. Placeholder until the parser lands.</summary>
public static class StructureParser
{
    /// <exception cref="DocumentRejectedException">The text is not recognizable as a normative legal document.</exception>
    public static ParsedDocument Parse(IReadOnlyList<string> paragraphs) =>
        throw new DocumentRejectedException("Chưa hỗ trợ phân tích.");

    public static ParsedDocument Parse(string text) => Parse(text.Split('\n'));
}
