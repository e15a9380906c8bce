using System.Text.RegularExpressions;

namespace LegalReview.Core.Amendments;

/// <summary>
/// Reads address lists such as "điểm a khoản 2 và khoản 4 Điều 25", "các khoản 1, 2 và 3 Điều 113",
/// "tên điều, các khoản 1, 2 và 3 Điều 195" or "Điều 16, Điều 17, Điều 18". Units are written smallest first and a
/// larger unit at the end of a list applies to the earlier items that lack it, so missing levels are filled from
/// the right; what is still missing is taken from the context (the unit named by an enclosing instruction).
/// </summary>
internal static partial class AddressParser
{
    internal enum Level { Paragraph, Point, Clause, Article, Section, Chapter, Part, Annex }

    internal sealed class Mention(Level level, List<string> labels, bool heading)
    {
        public Level Level { get; } = level;
        public List<string> Labels { get; } = labels;
        public bool Heading { get; } = heading;
    }

    /// <summary>One address with possibly several labels per level ("các khoản 1, 2 và 3 Điều 113").</summary>
    internal sealed class Group
    {
        public SortedDictionary<Level, List<string>> Levels { get; } = [];
        public bool Heading { get; set; }
        public Level Smallest => Levels.Count == 0 ? Level.Annex : Levels.Keys.Min();
    }

    [GeneratedRegex(@"(?<kw>tiểu mục|phụ lục|phần|chương|mục|điều|khoản|điểm|đoạn)(?!\p{L})|(?<ten>tên)(?!\p{L})|(?<nay>này)(?!\p{L})|(?<sep>,|;|(?<!\p{L})và(?!\p{L}))|(?<label>(?<!\p{L})(?:[0-9]+[a-zđ]?|[a-zđ][0-9]?|[ivxlc]+)(?!\p{L}))|(?<skip>[^\s,;]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    private sealed record Token(string Kind, string Value);

    public static List<Group> ParseGroups(string text)
    {
        var tokens = TokenRegex().Matches(text).Select(m =>
            m.Groups["kw"].Success ? new Token("kw", m.Value.ToLowerInvariant())
            : m.Groups["ten"].Success ? new Token("ten", "")
            : m.Groups["nay"].Success ? new Token("label", "này")
            : m.Groups["sep"].Success ? new Token("sep", m.Value)
            : m.Groups["label"].Success ? new Token("label", m.Value)
            : new Token("skip", m.Value)).ToList();

        var groups = new List<Group>();
        Group? current = null;
        var pendingHeading = false;
        var sepSince = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            switch (t.Kind)
            {
                case "ten":
                    pendingHeading = true;
                    break;
                case "sep":
                    sepSince = true;
                    break;
                case "kw":
                {
                    var level = LevelOf(t.Value);
                    var labels = new List<string>();
                    var j = i + 1;
                    if (j < tokens.Count && tokens[j].Kind == "label" && IsLabelFor(level, tokens[j].Value))
                    {
                        labels.Add(tokens[j].Value);
                        j++;
                        // "các khoản 1, 2 và 3": labels continue while a separator is followed by a bare label.
                        while (j + 1 < tokens.Count && tokens[j].Kind == "sep" && tokens[j].Value != ";"
                            && tokens[j + 1].Kind == "label" && IsLabelFor(level, tokens[j + 1].Value))
                        {
                            labels.Add(tokens[j + 1].Value);
                            j += 2;
                        }
                    }
                    i = j - 1;
                    var mention = new Mention(level, labels, pendingHeading);
                    pendingHeading = false;
                    if (current is not null && !sepSince && current.Heading && current.Levels.Count == 1
                        && current.Levels.TryGetValue(level, out var unlabeled) && unlabeled.Count == 0)
                    {
                        // "tên điều Điều 220": the title of that very article.
                        unlabeled.AddRange(labels);
                    }
                    else if (current is not null && !sepSince && !current.Levels.ContainsKey(level)
                        && current.Levels.Keys.All(k => k < level))
                    {
                        current.Levels[level] = labels;
                        current.Heading |= mention.Heading;
                    }
                    else
                    {
                        // "tên điều Điều 220 và Điều 221": a bare list of the same unit keeps reading titles.
                        var headingRun = current is not null && current.Heading && current.Levels.Count == 1
                            && current.Levels.ContainsKey(level);
                        current = new Group { Heading = mention.Heading || headingRun };
                        current.Levels[level] = labels;
                        groups.Add(current);
                    }
                    sepSince = false;
                    break;
                }
                default:
                    // Words such as "nội dung", "của", "các" do not break an address chain.
                    break;
            }
        }
        return groups;
    }

    /// <summary>Fills levels missing in a group from the next group to its right ("khoản 1 và khoản 3 Điều 8").</summary>
    public static void PropagateFromRight(IReadOnlyList<Group> groups)
    {
        for (var i = groups.Count - 2; i >= 0; i--)
        {
            var g = groups[i];
            var right = groups[i + 1];
            var smallest = g.Levels.Count == 0 ? Level.Paragraph : g.Levels.Keys.Min();
            foreach (var (level, labels) in right.Levels)
            {
                if (level < smallest) continue;
                if (level == Level.Annex) continue;
                if (!g.Levels.TryGetValue(level, out var mine))
                {
                    // Only fill levels above everything the group names, never between two named levels.
                    if (g.Levels.Keys.Any(k => k > level)) continue;
                    g.Levels[level] = [.. labels];
                }
                else if (mine.Count == 0)
                {
                    mine.AddRange(labels);
                }
            }
        }
    }

    /// <summary>Expands groups into single addresses, filling what is still missing from <paramref name="context"/>.</summary>
    public static List<ProvisionAddress> Expand(IEnumerable<Group> groups, ProvisionAddress? context)
    {
        var result = new List<ProvisionAddress>();
        foreach (var g in groups)
        {
            var combos = new List<ProvisionAddress> { new(Heading: g.Heading) };
            var smallest = g.Levels.Count == 0 ? Level.Annex : g.Levels.Keys.Min();
            foreach (var (level, labels) in g.Levels)
            {
                var next = new List<ProvisionAddress>();
                var effective = labels.Count == 0 || labels.Contains("này")
                    ? FromContext(context, level) is { } c ? [c] : new List<string>()
                    : labels;
                if (effective.Count == 0)
                {
                    next = combos;
                }
                else
                {
                    foreach (var a in combos)
                    {
                        foreach (var l in effective) next.Add(With(a, level, l));
                    }
                }
                combos = next;
            }
            foreach (var a in combos)
            {
                result.Add(context is null ? a : Complete(a, context, smallest));
            }
        }
        return result;
    }

    /// <summary>Fills the levels above <paramref name="smallest"/> that the address lacks from the context.</summary>
    public static ProvisionAddress Complete(ProvisionAddress a, ProvisionAddress context, Level smallest)
    {
        if (smallest < Level.Clause && a.Clause is null && context.Clause is not null && a.Article is null)
            a = a with { Clause = context.Clause };
        if (smallest < Level.Article && a.Article is null) a = a with { Article = context.Article };
        return a;
    }

    public static Level SmallestLevel(ProvisionAddress a) =>
        a.Paragraph is not null ? Level.Paragraph
        : a.Point is not null ? Level.Point
        : a.Clause is not null ? Level.Clause
        : a.Article is not null ? Level.Article
        : a.Section is not null ? Level.Section
        : a.Chapter is not null ? Level.Chapter
        : a.Part is not null ? Level.Part
        : Level.Annex;

    private static string? FromContext(ProvisionAddress? c, Level level) => c is null ? null : level switch
    {
        Level.Point => c.Point,
        Level.Clause => c.Clause,
        Level.Article => c.Article,
        Level.Section => c.Section,
        Level.Chapter => c.Chapter,
        Level.Part => c.Part,
        _ => null,
    };

    private static ProvisionAddress With(ProvisionAddress a, Level level, string label) => level switch
    {
        Level.Paragraph => a with { Paragraph = int.TryParse(label, out var n) ? n : null },
        Level.Point => a with { Point = label.ToLowerInvariant() },
        Level.Clause => a with { Clause = label.ToLowerInvariant() },
        Level.Article => a with { Article = label.ToLowerInvariant() },
        Level.Section => a with { Section = label },
        Level.Chapter => a with { Chapter = label.ToUpperInvariant() },
        Level.Part => a with { Part = label.ToUpperInvariant() },
        _ => a with { Annex = label },
    };

    private static Level LevelOf(string kw) => kw switch
    {
        "điểm" => Level.Point,
        "khoản" => Level.Clause,
        "điều" => Level.Article,
        "mục" or "tiểu mục" => Level.Section,
        "chương" => Level.Chapter,
        "phần" => Level.Part,
        "đoạn" => Level.Paragraph,
        _ => Level.Annex,
    };

    private static bool IsLabelFor(Level level, string label)
    {
        if (label == "này") return true;
        return level switch
        {
            Level.Point => label.Length <= 2 && char.IsLetter(label[0]),
            Level.Chapter or Level.Part => RomanNumerals.TryParse(label, out _) || char.IsDigit(label[0]),
            Level.Annex => true,
            _ => char.IsDigit(label[0]),
        };
    }
}
