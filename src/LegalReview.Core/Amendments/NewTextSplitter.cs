using System.Text.RegularExpressions;

namespace LegalReview.Core.Amendments;

/// <summary>
/// Cuts the quoted block after "như sau:" into the new text of each unit named by the sentence: "khoản 7 và khoản 8"
/// get the block's "7." and "8." parts; "tên Điều 9 và … khoản 1" get the title on the "Điều 9." line and the "1." part.
/// </summary>
internal static class NewTextSplitter
{
    public static string?[] Assign(IReadOnlyList<InstructionDraft> drafts, IReadOnlyList<string> rawBlock)
    {
        var result = new string?[drafts.Count];
        var block = Unquote(rawBlock);
        if (block.Count == 0) return result;
        var needing = Enumerable.Range(0, drafts.Count).Where(i => drafts[i].NeedsText).ToList();
        if (needing.Count == 0) return result;
        if (needing.Count == 1)
        {
            var d = drafts[needing[0]];
            result[needing[0]] = d.Action == AmendmentAction.AmendHeading ? HeadingOf(block[0]) : string.Join('\n', block);
            return result;
        }

        var starts = new int?[needing.Count];
        var from = 0;
        for (var k = 0; k < needing.Count; k++)
        {
            var marker = Marker(drafts[needing[k]].Target);
            if (marker is null) continue;
            for (var j = from; j < block.Count; j++)
            {
                if (!marker.IsMatch(block[j])) continue;
                starts[k] = j;
                from = drafts[needing[k]].Action == AmendmentAction.AmendHeading ? j : j + 1;
                break;
            }
        }
        var found = starts.Where(s => s is not null).Select(s => s!.Value).Distinct().Order().ToList();
        for (var k = 0; k < needing.Count; k++)
        {
            var idx = needing[k];
            if (starts[k] is not { } s) continue;
            if (drafts[idx].Action == AmendmentAction.AmendHeading)
            {
                result[idx] = HeadingOf(block[s]);
                continue;
            }
            var end = found.FirstOrDefault(f => f > s, block.Count);
            result[idx] = string.Join('\n', block.Skip(s).Take(end - s));
        }
        // A renumbered unit ("sửa đổi điểm c" whose new text is labelled "b)" after point b was repealed): the one unit
        // without a marker gets the lines no marker claimed, if that is unambiguous.
        var missing = Enumerable.Range(0, needing.Count).Where(k => starts[k] is null).ToList();
        if (missing.Count == 1)
        {
            var first = found.Count == 0 ? block.Count : found[0];
            if (first > 0) result[needing[missing[0]]] = string.Join('\n', block.Take(first));
        }
        return result;
    }

    private static Regex? Marker(ProvisionAddress t)
    {
        var level = AddressParser.SmallestLevel(t);
        if (t.Heading || level == AddressParser.Level.Article)
            return t.Article is null ? null : new Regex($@"^Điều\s+{Regex.Escape(t.Article)}\s*[.:]", RegexOptions.IgnoreCase);
        return level switch
        {
            AddressParser.Level.Clause => new Regex($@"^{Regex.Escape(t.Clause!)}\s*\.", RegexOptions.IgnoreCase),
            AddressParser.Level.Point => new Regex($@"^{Regex.Escape(t.Point!)}\s*\)", RegexOptions.IgnoreCase),
            AddressParser.Level.Chapter => new Regex($@"^Chương\s+{Regex.Escape(t.Chapter!)}\b", RegexOptions.IgnoreCase),
            _ => null,
        };
    }

    private static string HeadingOf(string line)
    {
        var m = Regex.Match(line, @"^Điều\s+\S+?\s*[.:]\s*(?<h>.*)$");
        return m.Success ? m.Groups["h"].Value.Trim() : line.Trim();
    }

    /// <summary>Removes the quotes wrapping each quoted paragraph or run of paragraphs, and blank lines.</summary>
    public static List<string> Unquote(IReadOnlyList<string> block)
    {
        var result = new List<string>();
        foreach (var raw in block)
        {
            var l = raw.Trim();
            if (l.Length == 0) continue;
            if (LegalText.IsQuoteChar(l[0])) l = l[1..].TrimStart();
            var t = l.TrimEnd();
            var cut = t.Length;
            while (cut > 0 && t[cut - 1] is '.' or ';' or ',' or ' ') cut--;
            if (cut > 0 && LegalText.IsQuoteChar(t[cut - 1]) && Balanced(t[..(cut - 1)]))
            {
                // "…thẻ bảo hiểm y tế.”" → keep the sentence's own full stop, drop the quote and what follows it.
                l = t[..(cut - 1)].TrimEnd();
            }
            if (l.Length > 0) result.Add(l);
        }
        return result;
    }

    /// <summary>True when the text has no unclosed inner quotation (so a final quote closes the block, not a phrase).</summary>
    private static bool Balanced(string s)
    {
        var open = s.Count(c => c == '“');
        var close = s.Count(c => c == '”');
        var straight = s.Count(c => c == '"');
        return open == close && straight % 2 == 0;
    }
}
