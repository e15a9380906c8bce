using System.Text;
using DiffPlex;

namespace LegalReview.Core.Diffing;

/// <summary>Syllable-level diff of two short texts rendered as HTML with &lt;del&gt;/&lt;ins&gt;; all text is HTML-encoded.</summary>
public static class InlineDiff
{
    private static readonly Differ Differ = new();

    public static string Html(string oldText, string newText)
    {
        var result = Differ.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, VietnameseChunker.Instance);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var sb = new StringBuilder(newText.Length + 64);
        int ia = 0, ib = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (ib < block.InsertStartB) sb.Append(Encode(b[ib++]));
            ia = block.DeleteStartA;
            if (block.DeleteCountA > 0)
            {
                sb.Append("<del>");
                for (var k = 0; k < block.DeleteCountA; k++) sb.Append(Encode(a[ia + k]));
                sb.Append("</del>");
            }
            if (block.InsertCountB > 0)
            {
                sb.Append("<ins>");
                for (var k = 0; k < block.InsertCountB; k++) sb.Append(Encode(b[ib + k]));
                sb.Append("</ins>");
            }
            ib = block.InsertStartB + block.InsertCountB;
        }
        while (ib < b.Count) sb.Append(Encode(b[ib++]));
        return sb.ToString();
    }

    /// <summary>Escapes markup characters only, so Vietnamese letters stay readable in the HTML source.</summary>
    public static string Encode(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0) return s;
        return s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }
}
