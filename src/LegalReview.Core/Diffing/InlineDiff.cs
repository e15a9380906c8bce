namespace LegalReview.Core.Diffing;

/// <summary>
/// Word-level diff of two short texts rendered as HTML with &lt;del&gt;/&lt;ins&gt;; all text is HTML-encoded. Words
/// (syllables, numbers, punctuation marks) are aligned; the spaces between them are not diff units: they are compared
/// between aligned words when the markup is written, and a space change between two kept words shows as its own small
/// del/ins. A run of replaced words gives one &lt;del&gt;…&lt;/del&gt;&lt;ins&gt;…&lt;/ins&gt; pair, not one pair per word.
/// </summary>
public static class InlineDiff
{
    [ThreadStatic] private static Scratch? scratch;

    public static string Html(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (string.Equals(oldText, newText, StringComparison.Ordinal)) return Encode(newText);

        // Amendments usually touch a few words of a long unit. The common head and tail are found on characters first
        // and cut at a space→word boundary: the chunker starts a fresh word there, so splitting only the middle gives
        // exactly the words the whole text would have, and the alignment is the same as aligning all words.
        var (head, tailOld, tailNew) = CommonEnds(oldText, newText);
        var s = scratch ??= new Scratch();
        var na = WordPieces.Scan(oldText, head, tailOld, ref s.A);
        var nb = WordPieces.Scan(newText, head, tailNew, ref s.B);
        var (a, b) = (s.A, s.B);
        var prefix = 0;
        var max = Math.Min(na, nb);
        while (prefix < max && a[prefix].In(oldText).SequenceEqual(b[prefix].In(newText))) prefix++;
        var suffix = 0;
        while (suffix < max - prefix && a[na - 1 - suffix].In(oldText).SequenceEqual(b[nb - 1 - suffix].In(newText))) suffix++;

        var sb = StringBuilderCache.Acquire(newText.Length + 64);
        var run = new Alignment(oldText, newText, a, na, b, nb, tailOld, tailNew, new MarkWriter(sb, newText), head);
        var (midA, midB) = (na - prefix - suffix, nb - prefix - suffix);
        var blocks = s.Blocks;
        blocks.Clear();
        var shared = false;
        if (midA > 0 && midB > 0)
        {
            var ids = PieceIds.ForThread();
            var oldIds = ids.Old(oldText, a, prefix, midA);
            var newIds = ids.New(newText, b, prefix, midB, out shared);
            if (shared) WordDiffer.Align(oldIds, newIds, blocks);
        }
        // Nothing to align (one side empty, or not a word in common): DiffPlex would mark everything, in one block.
        if (!shared && midA + midB > 0) blocks.Add((0, midA, 0, midB));
        foreach (var (startA, countA, startB, countB) in blocks)
        {
            run.KeepUntil(prefix + startA, prefix + startB);
            run.Replace(prefix + startA + countA, prefix + startB + countB);
        }
        run.KeepUntil(na, nb);
        run.Finish();
        return StringBuilderCache.GetStringAndRelease(sb);
    }

    /// <summary>
    /// Length of the common head and start of the common tail in each text, both cut where a word follows a space
    /// (a chunk boundary that does not depend on what precedes it). The tail never overlaps the head.
    /// </summary>
    private static (int Head, int TailOld, int TailNew) CommonEnds(string a, string b)
    {
        var n = a.AsSpan().CommonPrefixLength(b);
        var head = n;
        while (head > 0 && !(IsBoundary(a, head) && IsBoundary(b, head))) head--;
        var room = Math.Min(a.Length, b.Length) - n;
        var t = 0;
        while (t < room && a[a.Length - 1 - t] == b[b.Length - 1 - t]) t++;
        // Offset inside the common tail of the first space→word boundary (at least one character into it).
        for (var i = a.Length - t + 1; i < a.Length; i++)
        {
            if (char.IsWhiteSpace(a[i - 1]) && !char.IsWhiteSpace(a[i])) return (head, i, b.Length - (a.Length - i));
        }
        return (head, a.Length, b.Length);
    }

    private static bool IsBoundary(string s, int i) => i > 0 && i < s.Length && char.IsWhiteSpace(s[i - 1]) && !char.IsWhiteSpace(s[i]);

    /// <summary>Escapes markup characters only, so Vietnamese letters stay readable in the HTML source.</summary>
    public static string Encode(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0) return s;
        return s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }

    /// <summary>Buffers reused by the thread's next call.</summary>
    private sealed class Scratch
    {
        public TokenSlice[] A = new TokenSlice[256];
        public TokenSlice[] B = new TokenSlice[256];
        public readonly List<(int StartA, int CountA, int StartB, int CountB)> Blocks = [];
    }
}
