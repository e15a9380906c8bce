using System.Net;
using LegalReview.Core.Diffing;

namespace LegalReview.Exports.Docx;

/// <summary>
/// The word-level redline of current → proposed wording, computed by the diff engine the web preview uses
/// (<see cref="InlineDiff"/>), so the letter's tracked changes match what the reviewer saw on screen.
/// </summary>
public static class Redline
{
    public static IReadOnlyList<RedlineSegment> Compute(string current, string proposed)
    {
        current = Normalize(current);
        proposed = Normalize(proposed);
        if (current.Length == 0 && proposed.Length == 0) return [];
        if (current.Length == 0) return [new RedlineSegment(RedlineKind.Inserted, proposed)];
        if (proposed.Length == 0) return [new RedlineSegment(RedlineKind.Deleted, current)];
        return Parse(InlineDiff.Html(current, proposed));
    }

    /// <summary>The text after accepting (proposed) or rejecting (current) every change.</summary>
    public static string Apply(IEnumerable<RedlineSegment> segments, bool accept) => string.Concat(segments
        .Where(s => s.Kind == RedlineKind.Same || s.Kind == (accept ? RedlineKind.Inserted : RedlineKind.Deleted))
        .Select(s => s.Text));

    /// <summary>Line ends unified and blank lines dropped: paragraphs of a provision are separated by one "\n".</summary>
    public static string Normalize(string text) => string.Join('\n', Blocks.Lines(text ?? ""));

    // InlineDiff encodes every markup character of the text, so the only '<' in its output open or close a mark.
    private static List<RedlineSegment> Parse(string html)
    {
        var segments = new List<RedlineSegment>();
        var kind = RedlineKind.Same;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            if (end > i) Add(segments, kind, WebUtility.HtmlDecode(html[i..end]));
            if (lt < 0) break;
            var gt = html.IndexOf('>', lt);
            var tag = html[(lt + 1)..gt];
            kind = tag switch
            {
                "del" => RedlineKind.Deleted,
                "ins" => RedlineKind.Inserted,
                _ => RedlineKind.Same,
            };
            i = gt + 1;
        }

        return segments;
    }

    private static void Add(List<RedlineSegment> segments, RedlineKind kind, string text)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
            return;
        }

        segments.Add(new RedlineSegment(kind, text));
    }
}
