using System.Text;
using DiffPlex;

namespace LegalReview.Core.Diffing;

/// <summary>Syllable-level diff of two short texts rendered as HTML with &lt;del&gt;/&lt;ins&gt;; all text is HTML-encoded.</summary>
public static class InlineDiff
{
    private static readonly Differ Differ = new();
    private static readonly string OldMarker = new('a', 1);
    private static readonly string NewMarker = new('b', 1);

    public static string Html(string oldText, string newText)
    {
        // Amendments usually touch a few words of a long unit. The common head and tail are found on characters first
        // (no allocation) and cut at a space→word boundary: the chunker starts a fresh syllable there, so chunking only
        // the middle gives exactly the chunks the whole text would have, and the result is the same as chunking all.
        var (head, tailOld, tailNew) = CommonEnds(oldText, newText);
        var a = VietnameseChunker.Split(oldText, head, tailOld);
        var b = VietnameseChunker.Split(newText, head, tailNew);
        var prefix = 0;
        var max = Math.Min(a.Count, b.Count);
        while (prefix < max && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal)) prefix++;
        var suffix = 0;
        while (suffix < max - prefix && string.Equals(a[a.Count - 1 - suffix], b[b.Count - 1 - suffix], StringComparison.Ordinal)) suffix++;

        var sb = new StringBuilder(newText.Length + 64);
        AppendEncoded(sb, newText.AsSpan(0, head));
        for (var k = 0; k < prefix; k++) AppendEncoded(sb, b[k]);
        var midA = a.GetRange(prefix, a.Count - prefix - suffix);
        var midB = b.GetRange(prefix, b.Count - prefix - suffix);
        if (midA.Count == 0 || midB.Count == 0)
        {
            AppendMarked(sb, "del", midA, 0, midA.Count);
            AppendMarked(sb, "ins", midB, 0, midB.Count);
        }
        else
        {
            AppendDiff(sb, midA, midB);
        }
        for (var k = b.Count - suffix; k < b.Count; k++) AppendEncoded(sb, b[k]);
        AppendEncoded(sb, newText.AsSpan(tailNew));
        return sb.ToString();
    }

    /// <summary>
    /// Length of the common head and start of the common tail in each text, both cut where a word follows a space
    /// (a chunk boundary that does not depend on what precedes it). The tail never overlaps the head.
    /// </summary>
    private static (int Head, int TailOld, int TailNew) CommonEnds(string a, string b)
    {
        var n = a.AsSpan().CommonPrefixLength(b);
        var head = n; // identical texts: everything is head
        if (!(n == a.Length && n == b.Length))
        {
            while (head > 0 && !(IsBoundary(a, head) && IsBoundary(b, head))) head--;
        }
        var room = Math.Min(a.Length, b.Length) - n;
        var t = 0;
        while (t < room && a[a.Length - 1 - t] == b[b.Length - 1 - t]) t++;
        // Offset inside the common tail of the first space→word boundary (at least one character into it).
        var boundary = -1;
        for (var i = a.Length - t + 1; i < a.Length; i++)
        {
            if (char.IsWhiteSpace(a[i - 1]) && !char.IsWhiteSpace(a[i])) { boundary = i; break; }
        }
        if (boundary < 0) return (head, a.Length, b.Length);
        var k = a.Length - boundary;
        return (head, a.Length - k, b.Length - k);
    }

    private static void AppendDiff(StringBuilder sb, List<string> a, List<string> b)
    {
        // DiffPlex only hands these strings back to the chunker, which already has the pieces: two distinct non-empty
        // markers spare concatenating both middles.
        var result = Differ.CreateDiffs(OldMarker, NewMarker, ignoreWhiteSpace: false, ignoreCase: false, new ChunkedPair(OldMarker, a, b));
        var ib = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (ib < block.InsertStartB) AppendEncoded(sb, b[ib++]);
            AppendMarked(sb, "del", a, block.DeleteStartA, block.DeleteCountA);
            AppendMarked(sb, "ins", b, block.InsertStartB, block.InsertCountB);
            ib = block.InsertStartB + block.InsertCountB;
        }
        while (ib < b.Count) AppendEncoded(sb, b[ib++]);
    }

    private static void AppendMarked(StringBuilder sb, string tag, List<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        sb.Append('<').Append(tag).Append('>');
        for (var k = 0; k < count; k++) AppendEncoded(sb, pieces[start + k]);
        sb.Append("</").Append(tag).Append('>');
    }

    private static bool IsBoundary(string s, int i) => i > 0 && i < s.Length && char.IsWhiteSpace(s[i - 1]) && !char.IsWhiteSpace(s[i]);

    private static void AppendEncoded(StringBuilder sb, ReadOnlySpan<char> s)
    {
        while (s.Length > 0)
        {
            var i = s.IndexOfAny("&<>\"'");
            if (i < 0) { sb.Append(s); return; }
            sb.Append(s[..i]);
            sb.Append(s[i] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => "&#39;" });
            s = s[(i + 1)..];
        }
    }

    /// <summary>Escapes markup characters only, so Vietnamese letters stay readable in the HTML source.</summary>
    public static string Encode(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0) return s;
        return s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }

    /// <summary>Hands DiffPlex the chunks already computed, so the middle text is not split a second time.</summary>
    private sealed class ChunkedPair(string oldText, List<string> oldChunks, List<string> newChunks) : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, oldText) ? oldChunks : newChunks;
    }
}
