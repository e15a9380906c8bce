namespace LegalReview.Core.Diffing;

/// <summary>
/// Gives every distinct word a number: DiffPlex aligns numbers (its "hashed pieces"), so equal words must get equal
/// numbers and different words different ones. Looking a word up as a span allocates nothing; one table per thread, so
/// the parallel diff of many units needs no lock.
/// </summary>
internal sealed class PieceIds
{
    /// <summary>
    /// The table is dropped past this many words (a whole law has a few thousand distinct syllables), so that a
    /// long-lived thread does not keep every word it ever saw.
    /// </summary>
    private const int MaxWords = 1 << 14;

    [ThreadStatic] private static PieceIds? current;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private int[] seen = new int[1024];
    private int stamp;

    private PieceIds() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The calling thread's table, replaced by an empty one when it has grown too large.</summary>
    public static PieceIds ForThread()
    {
        if (current is null || current.ids.Count > MaxWords) current = new PieceIds();
        return current;
    }

    /// <summary>The numbers of the old text's words slices[start..start + count).</summary>
    public int[] Old(string text, TokenSlice[] slices, int start, int count)
    {
        // A new stamp per call marks the numbers the old side uses without clearing an array.
        if (++stamp == int.MaxValue)
        {
            Array.Clear(seen);
            stamp = 1;
        }
        var result = new int[count];
        for (var k = 0; k < count; k++)
        {
            var id = Id(slices[start + k].In(text));
            seen[id] = stamp;
            result[k] = id;
        }
        return result;
    }

    /// <summary>As <see cref="Old"/> for the new text, called after it; <paramref name="shared"/> is false when no word is also in the old side.</summary>
    public int[] New(string text, TokenSlice[] slices, int start, int count, out bool shared)
    {
        shared = false;
        var result = new int[count];
        for (var k = 0; k < count; k++)
        {
            var id = Id(slices[start + k].In(text));
            shared |= seen[id] == stamp;
            result[k] = id;
        }
        return result;
    }

    private int Id(ReadOnlySpan<char> word)
    {
        if (lookup.TryGetValue(word, out var id)) return id;
        id = ids.Count;
        lookup[word] = id;
        if (id >= seen.Length) Array.Resize(ref seen, seen.Length * 2);
        return id;
    }
}
