namespace LegalReview.Core.Importing;

/// <summary>Plain text: one paragraph per line, lines kept as they are (tabs included); the parser normalizes.</summary>
internal static class TxtExtractor
{
    public static ExtractedText Extract(byte[] bytes) =>
        new(SplitLines(TextDecoder.Decode(bytes)), ImportMediaTypes.PlainText);

    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        // A final newline ends the last line; it does not start an empty one.
        if (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
