using System.Text;
using DiffPlex;

namespace LegalReview.Core.Diffing;

/// <summary>Syllable-level diff of two short texts rendered as HTML with &lt;del&gt;/&lt;ins&gt;; all text is HTML-encoded.</summary>
public static class InlineDiff
{
    private static readonly Differ Differ = new();

    public static string Html(string oldText, string newText)
    {
        var a = VietnameseChunker.Split(oldText);
        var b = VietnameseChunker.Split(newText);
        // Amendments usually touch a few words of a long unit: the common head and tail are copied as they are and
        // only the middle goes to DiffPlex (which would trim them itself, but only after hashing every piece).
        var prefix = 0;
        var max = Math.Min(a.Count, b.Count);
        while (prefix < max && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal)) prefix++;
        var suffix = 0;
        while (suffix < max - prefix && string.Equals(a[a.Count - 1 - suffix], b[b.Count - 1 - suffix], StringComparison.Ordinal)) suffix++;

        var sb = new StringBuilder(newText.Length + 64);
        for (var k = 0; k < prefix; k++) sb.Append(Encode(b[k]));
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
        for (var k = b.Count - suffix; k < b.Count; k++) sb.Append(Encode(b[k]));
        return sb.ToString();
    }

    private static void AppendDiff(StringBuilder sb, List<string> a, List<string> b)
    {
        var oldMid = string.Concat(a);
        var newMid = string.Concat(b);
        var result = Differ.CreateDiffs(oldMid, newMid, ignoreWhiteSpace: false, ignoreCase: false, new ChunkedPair(oldMid, a, b));
        var ib = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (ib < block.InsertStartB) sb.Append(Encode(b[ib++]));
            AppendMarked(sb, "del", a, block.DeleteStartA, block.DeleteCountA);
            AppendMarked(sb, "ins", b, block.InsertStartB, block.InsertCountB);
            ib = block.InsertStartB + block.InsertCountB;
        }
        while (ib < b.Count) sb.Append(Encode(b[ib++]));
    }

    private static void AppendMarked(StringBuilder sb, string tag, List<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        sb.Append('<').Append(tag).Append('>');
        for (var k = 0; k < count; k++) sb.Append(Encode(pieces[start + k]));
        sb.Append("</").Append(tag).Append('>');
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
