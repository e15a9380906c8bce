using System.Text.RegularExpressions;

namespace LegalReview.Core.Amendments;

/// <summary>
/// Turns one instruction sentence ("Bổ sung khoản 1a vào sau khoản 1; sửa đổi, bổ sung khoản 3 và khoản 4 Điều 4 như
/// sau:") into drafts. Clauses are split at ";"; a clause without its own verb continues the previous one. Quoted
/// phrases are replaced by placeholders «n» before anything else, so that their words are never read as addresses.
/// </summary>
internal static partial class InstructionSentenceParser
{
    internal enum Verb { None, Amend, Insert, Repeal, Replace, Delete }

    [GeneratedRegex(@"[“""]([^“”""]*)[”""]")]
    private static partial Regex QuoteRegex();

    [GeneratedRegex(@"^(?:và\s+)?(?<verb>sửa đổi,\s*bổ sung|sửa đổi|bổ sung|bãi bỏ|bỏ|thay thế|thay)(?!\p{L})\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveRegex();

    [GeneratedRegex(@"^(?<rest>.+?)\s+(?:được|bị)\s+(?<verb>sửa đổi,\s*bổ sung|sửa đổi|bổ sung|bãi bỏ|thay thế)(?!\p{L})(?<tail>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveRegex();

    [GeneratedRegex(@"\s*(?:như sau|sau đây)\s*:?\s*$|\s*[:.]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TailRegex();

    [GeneratedRegex(@"\s+(?:của|tại)\s+(?:Bộ luật|Luật|Pháp lệnh|Nghị định)(?!\p{L}).*$|\s+(?:Bộ luật|Luật) số .*$")]
    private static partial Regex DocSuffixRegex();

    [GeneratedRegex(@"\s+vào\s+(?<pos>sau|trước|cuối|đầu)?\s*(?<anchor>(?:phần|chương|mục|điều|khoản|điểm|đoạn)(?!\p{L}).*)$", RegexOptions.IgnoreCase)]
    private static partial Regex IntoRegex();

    [GeneratedRegex(@"(?<!\p{L})tại(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex TaiRegex();

    [GeneratedRegex(@"^vào\s+(?<e>cuối|đầu)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex EdgeRegex();

    [GeneratedRegex(@"(\d)(của|tại)(?!\p{L})")]
    private static partial Regex GluedWord();

    /// <summary>
    /// "các nội dung quy định về tỷ giá …" of "Bãi bỏ các nội dung quy định về tỷ giá … tại: b) Khoản 1 Điều 6 …", or
    /// null when the sentence does not describe repealed content that way. A bare "Bãi bỏ quy định tại khoản 2" names
    /// no content (it may mean the whole clause) and gives null.
    /// </summary>
    public static string? DescribedContent(string sentence) =>
        DescribedContentRegex().Match(sentence) is { Success: true } m ? m.Groups["what"].Value.Trim() : null;

    [GeneratedRegex(@"(?<!\p{L})bãi bỏ\s+(?<what>(?:các\s+|những\s+)?(?:nội dung|quy định)\s+(?!tại(?!\p{L}))\S.*?)\s*tại(?!\p{L})\s*:?(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DescribedContentRegex();

    public static bool StartsWithVerb(string s) => ActiveRegex().IsMatch(s.Trim()) || PassiveRegex().IsMatch(s.Trim());

    public static (string Text, List<string> Quotes) Mask(string sentence)
    {
        var quotes = new List<string>();
        var masked = QuoteRegex().Replace(sentence, m =>
        {
            quotes.Add(m.Groups[1].Value);
            return $"«{quotes.Count - 1}»";
        });
        return (masked, quotes);
    }

    /// <summary>Parses a whole sentence. <paramref name="inherited"/> is the verb of an enclosing container.</summary>
    public static List<InstructionDraft> Parse(string sentence, ProvisionAddress? context, Verb inherited)
    {
        var (masked, quotes) = Mask(GluedWord().Replace(sentence, "$1 $2"));
        if (masked.Contains('“') || masked.Contains('”') || masked.Contains('"'))
        {
            return [new InstructionDraft(AmendmentAction.Unrecognized, context ?? new ProvisionAddress(),
                Problem: "Dấu ngoặc kép không cân đối, không xác định được cụm từ.")];
        }
        masked = TailRegex().Replace(masked, "");
        var drafts = new List<InstructionDraft>();
        var phraseOps = new List<PhraseOp>();
        var structural = new List<(Verb Verb, string Body)>();
        var verb = inherited;
        var lastWasPhrase = false;
        foreach (var rawClause in masked.Split(';'))
        {
            var clause = rawClause.Trim().TrimEnd('.', ',').Trim();
            if (clause.Length == 0) continue;
            var (v, rest) = SplitVerb(clause);
            if (v != Verb.None) verb = v;
            var hasQuote = rest.Contains('«');
            if (hasQuote || (v == Verb.None && lastWasPhrase))
            {
                if (!hasQuote && phraseOps.Count > 0 && EdgeRegex().Match(rest) is { Success: true } edge)
                {
                    // "…; vào cuối điểm i khoản 2 Điều 39": the same phrase, now appended at the end of other units.
                    phraseOps.Add(phraseOps[^1] with
                    {
                        Anchor = edge.Groups["e"].Value.Equals("đầu", StringComparison.OrdinalIgnoreCase) ? PhraseAnchor.Start : PhraseAnchor.End,
                        AnchorPhrase = null,
                        Location = rest[edge.Length..],
                    });
                    continue;
                }
                if (!hasQuote && phraseOps.Count > 0)
                {
                    phraseOps[^1] = phraseOps[^1] with { Location = phraseOps[^1].Location + ", " + rest };
                    continue;
                }
                phraseOps.AddRange(PhraseParser.Split(rest, verb, quotes));
                lastWasPhrase = true;
            }
            else
            {
                structural.Add((verb, DocSuffixRegex().Replace(rest, "")));
                lastWasPhrase = false;
            }
        }
        drafts.AddRange(PhraseParser.ToDrafts(phraseOps, context));
        drafts.AddRange(Structural(structural, context));
        return drafts;
    }

    public static (Verb, string) SplitVerb(string clause)
    {
        var a = ActiveRegex().Match(clause);
        if (a.Success) return (VerbOf(a.Groups["verb"].Value), a.Groups["rest"].Value.Trim());
        var p = PassiveRegex().Match(clause);
        if (p.Success && !p.Groups["rest"].Value.Contains('«'))
            return (VerbOf(p.Groups["verb"].Value), p.Groups["rest"].Value.Trim());
        return (Verb.None, clause);
    }

    public static Verb VerbOf(string v)
    {
        var s = v.ToLowerInvariant();
        if (s.StartsWith("sửa đổi", StringComparison.Ordinal)) return Verb.Amend;
        if (s.StartsWith("bổ sung", StringComparison.Ordinal)) return Verb.Insert;
        if (s.StartsWith("thay", StringComparison.Ordinal)) return Verb.Replace;
        if (s is "bãi bỏ" or "bỏ") return Verb.Repeal;
        return Verb.None;
    }

    private static List<InstructionDraft> Structural(List<(Verb Verb, string Body)> clauses, ProvisionAddress? context)
    {
        // Parse all clauses first so that "khoản 1; bổ sung khoản 7 và khoản 8 Điều 2" gives khoản 1 its Điều 2.
        var parsed = new List<(Verb Verb, List<AddressParser.Group> Groups, List<AddressParser.Group> Anchor, string? Pos)>();
        foreach (var (verb, rest) in clauses)
        {
            var into = IntoRegex().Match(rest);
            if (verb == Verb.Repeal && TaiRegex().Match(rest) is { Success: true } tai)
            {
                // "Bãi bỏ các quy định … tại khoản 1 Điều 19, …": part of each unit, not quoted; one flagged item per unit.
                parsed.Add((Verb.None, AddressParser.ParseGroups(rest[(tai.Index + tai.Length)..]), [], "partial"));
                continue;
            }
            if (verb == Verb.Insert && into.Success)
            {
                var units = AddressParser.ParseGroups(rest[..into.Index]);
                var anchor = AddressParser.ParseGroups(into.Groups["anchor"].Value);
                parsed.Add((verb, units, anchor, into.Groups["pos"].Success ? into.Groups["pos"].Value.ToLowerInvariant() : null));
            }
            else
            {
                parsed.Add((verb, AddressParser.ParseGroups(rest), [], null));
            }
        }
        var all = parsed.SelectMany(p => p.Groups.Concat(p.Anchor)).ToList();
        AddressParser.PropagateFromRight(all);

        var drafts = new List<InstructionDraft>();
        foreach (var (verb, groups, anchorGroups, pos) in parsed)
        {
            if (pos == "partial")
            {
                var units = AddressParser.Expand(groups, context);
                if (units.Count == 0) units.Add(context ?? new ProvisionAddress());
                drafts.AddRange(units.Select(u => new InstructionDraft(AmendmentAction.RepealDescribedContent, u)));
                continue;
            }
            var anchors = AddressParser.Expand(anchorGroups, context);
            var anchor = anchors.FirstOrDefault();
            foreach (var g in groups)
            {
                // A new unit inherits the levels of its anchor: "khoản 4a vào sau khoản 4 Điều 10" is in Điều 10.
                var level = g.Smallest;
                var targets = AddressParser.Expand([g], anchor is null ? context : Parent(anchor, level, pos));
                string? previousNew = null;
                foreach (var t in targets)
                {
                    switch (verb)
                    {
                        case Verb.Repeal:
                            drafts.Add(new InstructionDraft(AmendmentAction.Repeal, t));
                            break;
                        case Verb.Insert:
                        {
                            string? after = previousNew ?? (pos == "sau" && anchor is not null ? LabelAt(anchor, level) : null);
                            if (t.Heading)
                            {
                                drafts.Add(new InstructionDraft(AmendmentAction.AmendHeading, t));
                            }
                            else
                            {
                                drafts.Add(new InstructionDraft(AmendmentAction.InsertAfter, t, InsertAfter: after));
                                previousNew = LabelAt(t, level);
                            }
                            break;
                        }
                        case Verb.Amend or Verb.None:
                            drafts.Add(new InstructionDraft(t.Heading ? AmendmentAction.AmendHeading : AmendmentAction.Amend, t,
                                Problem: verb == Verb.None ? "Không nhận ra động từ của chỉ dẫn." : null));
                            break;
                        default:
                            drafts.Add(new InstructionDraft(AmendmentAction.Unrecognized, t,
                                Problem: "Thay thế đơn vị không kèm cụm từ: chưa hỗ trợ."));
                            break;
                    }
                }
            }
        }
        return drafts;
    }

    /// <summary>The unit a new unit goes into: the anchor itself ("vào Điều 3") or the anchor's parent ("vào sau Điều 7").</summary>
    private static ProvisionAddress Parent(ProvisionAddress anchor, AddressParser.Level level, string? pos)
    {
        if (pos is null or "cuối" or "đầu") return anchor;
        return level switch
        {
            AddressParser.Level.Point => anchor with { Point = null },
            AddressParser.Level.Clause => anchor with { Clause = null, Point = null },
            AddressParser.Level.Article => anchor with { Article = null, Clause = null, Point = null },
            _ => anchor,
        };
    }

    private static string? LabelAt(ProvisionAddress a, AddressParser.Level level) => level switch
    {
        AddressParser.Level.Point => a.Point,
        AddressParser.Level.Clause => a.Clause,
        AddressParser.Level.Article => a.Article,
        AddressParser.Level.Section => a.Section,
        AddressParser.Level.Chapter => a.Chapter,
        _ => null,
    };
}
