using System.Globalization;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Splits Vietnamese text into syllables, runs of spaces and single punctuation marks. Vietnamese words are
/// space-separated syllables, so a syllable is the natural unit of a word-level diff; punctuation stands alone so
/// that an added comma shows as a comma, not as a changed word.
/// </summary>
public static class VietnameseChunker
{
    private static readonly string[] SingleChars = Enumerable.Range(0, 0x250).Select(c => ((char)c).ToString()).ToArray();

    public static List<string> Split(string text)
    {
        var chunks = new List<string>(Math.Max(4, text.Length / 3));
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            i = ChunkEnd(text, start, text.Length);
            // Spaces and punctuation are half of all chunks: one shared string each instead of a new one per chunk.
            chunks.Add(i - start == 1 && text[start] < SingleChars.Length ? SingleChars[text[start]] : text[start..i]);
        }
        return chunks;
    }

    /// <summary>
    /// End of the chunk starting at <paramref name="start"/> (a chunk boundary), not beyond <paramref name="to"/>. The
    /// one place that decides chunk boundaries, so the word-only diff (<see cref="WordPieces"/>) cuts words exactly
    /// where <see cref="Split(string)"/> does.
    /// </summary>
    internal static int ChunkEnd(ReadOnlySpan<char> text, int start, int to)
    {
        var i = start;
        var c = text[i];
        if (char.IsWhiteSpace(c))
        {
            while (i < to && char.IsWhiteSpace(text[i])) i++;
        }
        else if (char.IsLetterOrDigit(c))
        {
            // Numbers keep their separators: "1.000.000.000", "31%", "46/2014/QH13" are one token each.
            var number = char.IsDigit(c);
            while (i < to && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark
                || (number && text[i] is '.' or ',' or '/' or '-' && i + 1 < to && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }
            if (number && i < to && text[i] == '%') i++;
        }
        else
        {
            i++;
        }
        return i;
    }
}
