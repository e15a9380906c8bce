using LegalReview.Core.Amendments;

namespace LegalReview.Core.Consolidation;

/// <summary>
/// Phrase replacement, deletion and insertion inside one text. Each edit first checks that the quoted old phrase (or
/// anchor) is really there; a miss returns null so that the instruction is reported unresolved, never guessed.
/// </summary>
internal static class PhraseEditor
{
    public static string? Apply(string text, AmendmentInstruction ins)
    {
        return ins.Action switch
        {
            AmendmentAction.ReplacePhrase when ins.Anchor is PhraseAnchor.None => ReplaceAll(text, ins.OldPhrase!, ins.NewPhrase!),
            AmendmentAction.ReplacePhrase => NextToAnchor(text, ins.OldPhrase!, ins.NewPhrase!, ins.Anchor, ins.AnchorPhrase!),
            AmendmentAction.DeletePhrase when ins.Anchor is PhraseAnchor.None => ReplaceAll(text, ins.OldPhrase!, ""),
            AmendmentAction.DeletePhrase => NextToAnchor(text, ins.OldPhrase!, "", ins.Anchor, ins.AnchorPhrase!),
            AmendmentAction.InsertPhrase => Insert(text, ins.NewPhrase!, ins.Anchor, ins.AnchorPhrase),
            _ => null,
        };
    }

    private static string? ReplaceAll(string text, string old, string replacement)
    {
        if (old.Length == 0) return null;
        return PhraseMatcher.ReplaceAll(text, old, replacement) is { } edited ? Tidy(edited) : null;
    }

    /// <summary>"Thay thế dấu “,” bằng từ “hoặc” trước cụm từ “người đủ 70 tuổi”": only the occurrence touching the anchor.</summary>
    private static string? NextToAnchor(string text, string old, string replacement, PhraseAnchor anchor, string anchorPhrase)
    {
        var changed = false;
        // Right to left so that earlier spans stay valid while the text is edited.
        foreach (var m in Enumerable.Reverse(PhraseMatcher.FindAll(text, anchorPhrase)))
        {
            if (anchor == PhraseAnchor.Before)
            {
                var end = m.Start;
                while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
                var hit = PhraseMatcher.FindAll(text[..end], old).LastOrDefault();
                if (hit.Length > 0 && hit.End == end)
                {
                    var rep = replacement.Length == 0 ? "" : (IsPunctuation(old) ? " " : "") + replacement + " ";
                    text = text[..hit.Start] + rep + text[m.Start..];
                    changed = true;
                }
            }
            else if (anchor == PhraseAnchor.After)
            {
                var s = m.End;
                while (s < text.Length && char.IsWhiteSpace(text[s])) s++;
                var hit = PhraseMatcher.FindAll(text[s..], old).FirstOrDefault();
                if (hit.Length > 0 && hit.Start == 0)
                {
                    var rep = replacement.Length == 0 ? "" : " " + replacement;
                    text = text[..m.End] + rep + text[(s + hit.Length)..];
                    changed = true;
                }
            }
        }
        return changed ? Tidy(text) : null;
    }

    private static string? Insert(string text, string phrase, PhraseAnchor anchor, string? anchorPhrase)
    {
        switch (anchor)
        {
            case PhraseAnchor.Start:
                if (text.Length == 0) return null;
                var first = char.IsUpper(phrase[0]) && !IsAcronymStart(text) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
                return Tidy(phrase + " " + first);
            case PhraseAnchor.End:
            {
                if (text.Length == 0) return null;
                var body = text.TrimEnd();
                var cut = body.Length;
                while (cut > 0 && body[cut - 1] is '.' or ';' or ':' or ',') cut--;
                return Tidy(body[..cut] + (IsPunctuation(phrase[..1]) ? "" : " ") + phrase + body[cut..]);
            }
            case PhraseAnchor.Before or PhraseAnchor.After when anchorPhrase is not null:
            {
                var matches = PhraseMatcher.FindAll(text, anchorPhrase);
                if (matches.Count == 0) return null;
                foreach (var m in Enumerable.Reverse(matches))
                {
                    var found = text[m.Start..m.End];
                    string joined;
                    if (anchor == PhraseAnchor.Before)
                    {
                        // Inserting before a sentence opener: the new words open the sentence.
                        var lead = m.Capitalized ? PhraseMatcher.Capitalize(phrase) : phrase;
                        var rest = m.Capitalized ? char.ToLowerInvariant(found[0]) + found[1..] : found;
                        joined = lead + (phrase.EndsWith(' ') ? "" : " ") + rest;
                    }
                    else
                    {
                        joined = found + (IsPunctuation(phrase[..1]) ? "" : " ") + phrase;
                    }
                    text = text[..m.Start] + joined + text[m.End..];
                }
                return Tidy(text);
            }
            default:
                return null;
        }
    }

    private static bool IsAcronymStart(string text) => text.Length > 1 && char.IsUpper(text[0]) && char.IsUpper(text[1]);

    private static bool IsPunctuation(string s) => s.Length > 0 && s.All(c => c is ',' or ';' or '.' or ':');

    /// <summary>Collapses the double spaces and " ," left by deletions.</summary>
    private static string Tidy(string s)
    {
        var t = s.Replace("  ", " ", StringComparison.Ordinal);
        while (t.Contains("  ", StringComparison.Ordinal)) t = t.Replace("  ", " ", StringComparison.Ordinal);
        return t.Replace(" ,", ",", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal)
            .Replace(" .", ".", StringComparison.Ordinal).Replace(",,", ",", StringComparison.Ordinal).Trim();
    }
}
