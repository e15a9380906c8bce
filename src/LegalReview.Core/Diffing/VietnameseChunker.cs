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

    public static List<string> Split(string text)
    {
        var chunks = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                // Numbers keep their separators: "1.000.000.000", "31%", "46/2014/QH13" are one token each.
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                    || (text[i] is '.' or ',' or '/' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsDigit(text[start]))))
                {
                    i++;
                }
                if (i < text.Length && text[i] == '%' && char.IsDigit(text[start])) i++;
            }
            else
            {
                i++;
            }
            chunks.Add(text[start..i]);
        }
        return chunks;
    }
}
