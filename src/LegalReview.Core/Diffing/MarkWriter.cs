using System.Buffers;
using System.Text;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Writes the inline markup of one unit: the new text HTML-encoded, with &lt;del&gt;old&lt;/del&gt;&lt;ins&gt;new&lt;/ins&gt;
/// where the texts differ. Unchanged text is copied from the new text in as few appends as possible: it stays
/// pending until a change (or the end) needs it written.
/// </summary>
internal struct MarkWriter(StringBuilder sb, string newText)
{
    private static readonly SearchValues<char> Markup = SearchValues.Create("&<>\"'");

    /// <summary>Start of the unchanged new text not yet written.</summary>
    private int plainFrom;

    /// <summary>
    /// Replaces <paramref name="oldPart"/> by newText[<paramref name="newStart"/>..<paramref name="newEnd"/>]. Spaces
    /// the two parts share at their ends stay outside the marks, so "A <del>x</del><ins>y</ins> B" rather than
    /// "A<del> x </del><ins> y </ins>B"; words themselves are never cut.
    /// </summary>
    public void Change(ReadOnlySpan<char> oldPart, int newStart, int newEnd)
    {
        var newPart = newText.AsSpan(newStart, newEnd - newStart);
        var max = Math.Min(oldPart.Length, newPart.Length);
        var head = 0;
        while (head < max && oldPart[head] == newPart[head] && char.IsWhiteSpace(oldPart[head])) head++;
        var tail = 0;
        while (tail < max - head && oldPart[^(tail + 1)] == newPart[^(tail + 1)] && char.IsWhiteSpace(oldPart[^(tail + 1)])) tail++;
        AppendEncoded(sb, newText.AsSpan(plainFrom, newStart + head - plainFrom));
        Mark("del", oldPart[head..^tail]);
        Mark("ins", newPart[head..^tail]);
        plainFrom = newEnd - tail;
    }

    /// <summary>Writes the unchanged new text left up to <paramref name="end"/>.</summary>
    public readonly void Finish(int end) => AppendEncoded(sb, newText.AsSpan(plainFrom, end - plainFrom));

    private readonly void Mark(string tag, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        sb.Append('<').Append(tag).Append('>');
        AppendEncoded(sb, text);
        sb.Append("</").Append(tag).Append('>');
    }

    public static void AppendEncoded(StringBuilder sb, ReadOnlySpan<char> s)
    {
        while (s.Length > 0)
        {
            var i = s.IndexOfAny(Markup);
            if (i < 0) { sb.Append(s); return; }
            sb.Append(s[..i]);
            sb.Append(s[i] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => "&#39;" });
            s = s[(i + 1)..];
        }
    }
}
