using DiffPlex;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Splits Vietnamese text into syllables, runs of spaces and single punctuation marks. Vietnamese words are
/// space-separated syllables, so a syllable is the natural unit of a word-level diff; punctuation stands alone so
/// that an added comma shows as a comma, not as a changed word.
/// </summary>
public sealed class VietnameseChunker : IChunker
{
    public static VietnameseChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text) => Split(text);

    private static readonly string[] SingleChars = Enumerable.Range(0, 0x250).Select(c => ((char)c).ToString()).ToArray();

    public static List<string> Split(string text) => Split(text, 0, text.Length);

    /// <summary>Chunks of text[<paramref name="from"/>..<paramref name="to"/>]; <paramref name="from"/> must be a chunk boundary.</summary>
    public static List<string> Split(string text, int from, int to)
    {
        var chunks = new List<string>(Math.Max(4, (to - from) / 3));
        var i = from;
        while (i < to)
        {
            var start = i;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < to && char.IsWhiteSpace(text[i])) i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                // Numbers keep their separators: "1.000.000.000", "31%", "46/2014/QH13" are one token each.
                while (i < to && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                    || (text[i] is '.' or ',' or '/' or '-' && i + 1 < to && char.IsLetterOrDigit(text[i + 1]) && char.IsDigit(text[start]))))
                {
                    i++;
                }
                if (i < to && text[i] == '%' && char.IsDigit(text[start])) i++;
            }
            else
            {
                i++;
            }
            // Spaces and punctuation are half of all chunks: one shared string each instead of a new one per chunk.
            chunks.Add(i - start == 1 && text[start] < SingleChars.Length ? SingleChars[text[start]] : text[start..i]);
        }
        return chunks;
    }
}
