namespace LegalReview.Core.Diffing;

/// <summary>
/// The words (syllables, numbers, punctuation marks: every chunk of <see cref="VietnameseChunker"/> but the spaces)
/// of a range of a text, as slices into a buffer reused by the calling thread.
/// </summary>
internal static class WordPieces
{
    /// <summary>
    /// Writes the words of text[<paramref name="from"/>..<paramref name="to"/>] into <paramref name="buffer"/> (grown
    /// when needed) and returns how many; <paramref name="from"/> must be a chunk boundary.
    /// </summary>
    public static int Scan(string text, int from, int to, ref TokenSlice[] buffer)
    {
        var count = 0;
        var i = from;
        while (i < to)
        {
            var start = i;
            i = VietnameseChunker.ChunkEnd(text, start, to);
            if (char.IsWhiteSpace(text[start])) continue;
            if (count == buffer.Length) Array.Resize(ref buffer, Math.Max(64, buffer.Length * 2));
            buffer[count++] = new TokenSlice(start, i - start);
        }
        return count;
    }
}
