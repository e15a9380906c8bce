using System.Text.RegularExpressions;

namespace LegalReview.Core.Amendments;

/// <summary>
/// Phrase operations on masked text (quotes replaced by «n»): "Thay thế cụm từ «0» bằng cụm từ «1» tại khoản 2,
/// cụm từ «2» bằng cụm từ «3» tại khoản 3 Điều 29", "Bổ sung từ «0» vào sau cụm từ «1» tại …", "Bỏ dấu «0» sau cụm
/// từ «1» tại …", "Bổ sung cụm từ «0» vào đầu điểm c khoản 2". Each operation gets the location text up to the next
/// operation; an operation without a location shares the next one's.
/// </summary>
internal static partial class PhraseParser
{
    private const string Noun = @"(?:các\s+)?(?:từ|cụm từ|dấu(?:\s+chấm phẩy|\s+chấm|\s+phẩy)?)";

    [GeneratedRegex(@"(?:(?<verb>bổ sung|thay thế|thay|bãi bỏ|bỏ)\s+)?" + Noun + @"\s+«(?<x>\d+)»(?:\s*(?:,|và)\s*" + Noun + @"\s+«(?<xs>\d+)»)*"
        + @"(?:\s+bằng\s+" + Noun + @"\s+«(?<y>\d+)»)?"
        + @"(?:\s+(?:vào\s+)?(?<pos>sau|trước)\s+" + Noun + @"\s+«(?<a>\d+)»|\s+vào\s+(?<edge>đầu|cuối))?"
        + @"|(?<cpos>(?:vào\s+)?(?:sau|trước))\s+" + Noun + @"\s+«(?<ca>\d+)»|vào\s+(?<cedge>đầu|cuối)",
        RegexOptions.IgnoreCase)]
    private static partial Regex OpRegex();

    public static IEnumerable<PhraseOp> Split(string text, InstructionSentenceParser.Verb inherited, IReadOnlyList<string> quotes)
    {
        var ops = new List<PhraseOp>();
        var matches = OpRegex().Matches(text);
        var verb = inherited;
        PhraseOp? previous = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var location = text[(m.Index + m.Length)..end];
            PhraseOp op;
            if (m.Groups["cpos"].Success || m.Groups["cedge"].Success)
            {
                if (previous is null) continue;
                // "…, trước cụm từ «3» tại điểm m": same phrases, another anchor and place.
                op = m.Groups["cedge"].Success
                    ? previous with { Anchor = Edge(m.Groups["cedge"].Value), AnchorPhrase = null, Location = location }
                    : previous with
                    {
                        Anchor = m.Groups["cpos"].Value.EndsWith("sau", StringComparison.OrdinalIgnoreCase) ? PhraseAnchor.After : PhraseAnchor.Before,
                        AnchorPhrase = Q(quotes, m.Groups["ca"].Value),
                        Location = location,
                    };
                ops.Add(op);
                previous = op;
                continue;
            }
            if (m.Groups["verb"].Success) verb = InstructionSentenceParser.VerbOf(m.Groups["verb"].Value);
            var hasY = m.Groups["y"].Success;
            var kind = hasY ? InstructionSentenceParser.Verb.Replace : verb;
            var anchor = m.Groups["pos"].Success
                ? m.Groups["pos"].Value.Equals("sau", StringComparison.OrdinalIgnoreCase) ? PhraseAnchor.After : PhraseAnchor.Before
                : m.Groups["edge"].Success ? Edge(m.Groups["edge"].Value) : PhraseAnchor.None;
            var xs = new List<string> { m.Groups["x"].Value };
            xs.AddRange(m.Groups["xs"].Captures.Select(c => c.Value));
            foreach (var x in xs)
            {
                op = new PhraseOp(kind, Q(quotes, x), hasY ? Q(quotes, m.Groups["y"].Value) : null, anchor,
                    m.Groups["a"].Success ? Q(quotes, m.Groups["a"].Value) : null, location);
                ops.Add(op);
                previous = op;
            }
        }
        return ops;
    }

    private static PhraseAnchor Edge(string v) =>
        v.Equals("đầu", StringComparison.OrdinalIgnoreCase) ? PhraseAnchor.Start : PhraseAnchor.End;

    private static string Q(IReadOnlyList<string> quotes, string index) => quotes[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)];

    [GeneratedRegex(@"^[\s,;]*(?:và\s+)?(?:tại\s+)?|[\s,;.]*(?:và)?[\s,;.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrimLocationRegex();

    public static List<InstructionDraft> ToDrafts(List<PhraseOp> ops, ProvisionAddress? context)
    {
        var groupsPerOp = new List<List<AddressParser.Group>>();
        foreach (var op in ops)
        {
            var loc = TrimLocationRegex().Replace(op.Location, "");
            groupsPerOp.Add(AddressParser.ParseGroups(loc));
        }
        // An operation written without a place takes the place of the next one ("X vào sau Y và từ Z vào sau W tại khoản 2").
        for (var i = groupsPerOp.Count - 2; i >= 0; i--)
        {
            if (groupsPerOp[i].Count == 0) groupsPerOp[i] = groupsPerOp[i + 1].Select(Clone).ToList();
        }
        AddressParser.PropagateFromRight(groupsPerOp.SelectMany(g => g).ToList());

        var drafts = new List<InstructionDraft>();
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            var targets = AddressParser.Expand(groupsPerOp[i], context);
            if (targets.Count == 0 && context is not null) targets.Add(context);
            var action = op.Verb switch
            {
                InstructionSentenceParser.Verb.Replace => AmendmentAction.ReplacePhrase,
                InstructionSentenceParser.Verb.Insert => AmendmentAction.InsertPhrase,
                InstructionSentenceParser.Verb.Repeal or InstructionSentenceParser.Verb.Delete => AmendmentAction.DeletePhrase,
                _ => AmendmentAction.Unrecognized,
            };
            if (targets.Count == 0)
            {
                drafts.Add(new InstructionDraft(AmendmentAction.Unrecognized, new ProvisionAddress(),
                    OldPhrase: op.X, Problem: "Không xác định được vị trí của cụm từ."));
                continue;
            }
            foreach (var t in targets)
            {
                drafts.Add(action == AmendmentAction.InsertPhrase
                    ? new InstructionDraft(action, t, NewPhrase: op.X, Anchor: op.Anchor, AnchorPhrase: op.AnchorPhrase)
                    : new InstructionDraft(action, t, OldPhrase: op.X, NewPhrase: op.Y, Anchor: op.Anchor, AnchorPhrase: op.AnchorPhrase,
                        Problem: action == AmendmentAction.Unrecognized ? "Không nhận ra thao tác trên cụm từ." : null));
            }
        }
        return drafts;
    }

    private static AddressParser.Group Clone(AddressParser.Group g)
    {
        var c = new AddressParser.Group { Heading = g.Heading };
        foreach (var (k, v) in g.Levels) c.Levels[k] = [.. v];
        return c;
    }
}

/// <summary>One phrase operation with the raw location text that follows it.</summary>
internal sealed record PhraseOp(
    InstructionSentenceParser.Verb Verb, string X, string? Y, PhraseAnchor Anchor, string? AnchorPhrase, string Location);
