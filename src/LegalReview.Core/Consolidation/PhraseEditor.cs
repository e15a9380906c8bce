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
        if (old.Length == 0 || !text.Contains(old, StringComparison.Ordinal)) return null;
        return Tidy(text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>"Thay thế dấu “,” bằng từ “hoặc” trước cụm từ “người đủ 70 tuổi”": only the occurrence touching the anchor.</summary>
    private static string? NextToAnchor(string text, string old, string replacement, PhraseAnchor anchor, string anchorPhrase)
    {
        var at = text.IndexOf(anchorPhrase, StringComparison.Ordinal);
        var changed = false;
        while (at >= 0)
        {
            if (anchor == PhraseAnchor.Before)
            {
                var end = at;
                while (end > 0 && text[end - 1] == ' ') end--;
                if (end >= old.Length && string.CompareOrdinal(text, end - old.Length, old, 0, old.Length) == 0)
                {
                    var start = end - old.Length;
                    var rep = replacement.Length == 0 ? "" : (IsPunctuation(old) ? " " : "") + replacement + " ";
                    text = text[..start] + rep + text[at..];
                    changed = true;
                    at = text.IndexOf(anchorPhrase, start + rep.Length + anchorPhrase.Length, StringComparison.Ordinal);
                    continue;
                }
            }
            else if (anchor == PhraseAnchor.After)
            {
                var start = at + anchorPhrase.Length;
                var s = start;
                while (s < text.Length && text[s] == ' ') s++;
                if (string.CompareOrdinal(text, s, old, 0, old.Length) == 0)
                {
                    var rep = replacement.Length == 0 ? "" : " " + replacement;
                    text = text[..start] + rep + text[(s + old.Length)..];
                    changed = true;
                }
            }
            at = text.IndexOf(anchorPhrase, at + anchorPhrase.Length, StringComparison.Ordinal);
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
                if (!text.Contains(anchorPhrase, StringComparison.Ordinal)) return null;
                var joined = anchor == PhraseAnchor.Before
                    ? phrase + (phrase.EndsWith(' ') ? "" : " ") + anchorPhrase
                    : anchorPhrase + (IsPunctuation(phrase[..1]) ? "" : " ") + phrase;
                return Tidy(text.Replace(anchorPhrase, joined, StringComparison.Ordinal));
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
