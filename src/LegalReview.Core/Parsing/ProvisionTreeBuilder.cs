using System.Text.RegularExpressions;
using LegalReview.Core.Documents;

namespace LegalReview.Core.Parsing;

/// <summary>
/// Builds the provision tree from normalized body lines with a stack of open units. A line becomes a unit only
/// when its numbering fits the sequence so far, so a stray "2. …" inside running text stays text; lines inside
/// a quoted block (the new wording of an amending instruction) are always text of the unit that quotes them.
/// </summary>
internal sealed class ProvisionTreeBuilder
{
    private readonly List<Node> roots = [];
    private readonly List<Node> stack = [];
    private readonly QuoteTracker quotes = new();
    private Node? awaitingHeading;
    private Node? lastArticle;

    public int ArticleCount { get; private set; }

    /// <summary>Feeds one normalized, non-empty body line.</summary>
    public void Add(string line)
    {
        // A lost closing quote must not swallow the rest of the law: the amending law's own next article ends it.
        if (quotes.Inside && !QuoteTracker.StartsWithQuote(line) && IsNextOwnArticle(line))
        {
            quotes.Reset();
        }

        if (quotes.Inside || QuoteTracker.StartsWithQuote(line))
        {
            quotes.Consume(line);
            AppendText(line);
            return;
        }

        if (awaitingHeading is not null)
        {
            if (VietnameseText.IsUpperCaseLine(line) && !IsHigherUnit(line))
            {
                awaitingHeading.Heading = awaitingHeading.Heading is null ? line : awaitingHeading.Heading + " " + line;
                return;
            }

            awaitingHeading = null;
        }

        if (TryHigherUnit(line) || TryArticle(line) || TryClause(line) || TrySubPoint(line) || TryPoint(line))
        {
            return;
        }

        quotes.Consume(line);
        AppendText(line);
    }

    public IReadOnlyList<ParsedProvision> Build()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return roots.Select(r => r.ToParsed(null, null, used)).ToList();
    }

    private bool TryHigherUnit(string line)
    {
        foreach (var (kind, regex) in HigherUnits)
        {
            var m = regex.Match(line);
            if (!m.Success)
            {
                continue;
            }

            var rest = m.Groups["rest"].Value.Trim();
            // "Chương III của Luật này …" is a reference in running text, not a heading.
            if (rest.Length > 0 && !VietnameseText.IsUpperCaseLine(rest))
            {
                return false;
            }

            if (UnitLabels.ParseHigherUnitNumber(m.Groups["label"].Value) is null)
            {
                return false;
            }

            var node = Open(kind, NormalizeHigherLabel(m.Groups["label"].Value));
            if (rest.Length > 0)
            {
                node.Heading = rest;
            }

            awaitingHeading = node;
            return true;
        }

        return false;
    }

    private bool TryArticle(string line)
    {
        var m = UnitPatterns.Article().Match(line);
        if (!m.Success)
        {
            return false;
        }

        var label = m.Groups["label"].Value;
        if (lastArticle is not null && !FollowsInSequence(lastArticle.Label, label))
        {
            return false;
        }

        var node = Open(ProvisionKind.Article, label);
        var heading = m.Groups["rest"].Value.Trim();
        node.Heading = heading.Length == 0 ? null : heading;
        lastArticle = node;
        ArticleCount++;
        return true;
    }

    private bool TryClause(string line)
    {
        var m = UnitPatterns.Clause().Match(line);
        var article = Innermost(ProvisionKind.Article);
        if (!m.Success || article is null)
        {
            return false;
        }

        var label = m.Groups["label"].Value;
        var previous = article.Children.LastOrDefault(c => c.Kind == ProvisionKind.Clause);
        var fits = previous is null ? UnitLabels.SplitNumber(label).Number == 1 : FollowsInSequence(previous.Label, label);
        if (!fits)
        {
            return false;
        }

        Open(ProvisionKind.Clause, label).Lines.Add(m.Groups["rest"].Value.Trim());
        return true;
    }

    private bool TryPoint(string line)
    {
        var m = UnitPatterns.Point().Match(line);
        if (!m.Success)
        {
            return false;
        }

        var parent = Innermost(ProvisionKind.Clause) ?? Innermost(ProvisionKind.Article);
        if (parent is null)
        {
            return false;
        }

        var letter = m.Groups["label"].Value[0];
        var previous = parent.Children.LastOrDefault(c => c.Kind == ProvisionKind.Point);
        var fits = previous is null
            ? letter == 'a'
            : UnitLabels.PointLetterIndex(letter) > UnitLabels.PointLetterIndex(previous.Label[0]);
        if (!fits)
        {
            return false;
        }

        Open(ProvisionKind.Point, m.Groups["label"].Value).Lines.Add(m.Groups["rest"].Value.Trim());
        return true;
    }

    private bool TrySubPoint(string line)
    {
        var m = UnitPatterns.SubPoint().Match(line);
        var point = Innermost(ProvisionKind.Point);
        if (!m.Success || point is null)
        {
            return false;
        }

        var label = m.Groups["label"].Value;
        // "a.1)" belongs under point a only.
        if (char.ToLowerInvariant(label[0]) != char.ToLowerInvariant(point.Label[0]))
        {
            return false;
        }

        Open(ProvisionKind.SubPoint, label).Lines.Add(m.Groups["rest"].Value.Trim());
        return true;
    }

    private Node Open(ProvisionKind kind, string label)
    {
        while (stack.Count > 0 && stack[^1].Kind >= kind)
        {
            stack.RemoveAt(stack.Count - 1);
        }

        var node = new Node(kind, label);
        if (stack.Count == 0)
        {
            roots.Add(node);
        }
        else
        {
            stack[^1].Children.Add(node);
        }

        stack.Add(node);
        awaitingHeading = null;
        return node;
    }

    private void AppendText(string line)
    {
        if (stack.Count > 0)
        {
            stack[^1].Lines.Add(line);
        }
    }

    private Node? Innermost(ProvisionKind kind)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Kind == kind)
            {
                return stack[i];
            }

            if (stack[i].Kind < kind)
            {
                return null;
            }
        }

        return null;
    }

    private bool IsNextOwnArticle(string line)
    {
        var m = UnitPatterns.Article().Match(line);
        return m.Success && lastArticle is not null &&
               m.Groups["label"].Value == (UnitLabels.SplitNumber(lastArticle.Label).Number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsHigherUnit(string line) => HigherUnits.Any(u => u.Regex.IsMatch(line)) || UnitPatterns.Article().IsMatch(line);

    /// <summary>Next number, or an inserted unit after the previous one ("7" → "7a", "7a" → "7b", "7c" → "8").</summary>
    private static bool FollowsInSequence(string previous, string next)
    {
        var (pn, ps) = UnitLabels.SplitNumber(previous);
        var (nn, ns) = UnitLabels.SplitNumber(next);
        if (nn != pn)
        {
            return nn > pn;
        }

        return ns.Length > 0 && (ps.Length == 0 || UnitLabels.PointLetterIndex(ns[0]) > UnitLabels.PointLetterIndex(ps[0]));
    }

    private static string NormalizeHigherLabel(string label)
    {
        var trimmed = label.Trim();
        return trimmed.StartsWith("thứ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("THỨ", StringComparison.Ordinal)
            ? VietnameseText.ToSentenceCase(trimmed).ToLowerInvariant()
            : trimmed.ToUpperInvariant();
    }

    private static readonly (ProvisionKind Kind, Regex Regex)[] HigherUnits =
    [
        (ProvisionKind.Part, UnitPatterns.Part()),
        (ProvisionKind.Chapter, UnitPatterns.Chapter()),
        (ProvisionKind.Subsection, UnitPatterns.Subsection()),
        (ProvisionKind.Section, UnitPatterns.Section()),
    ];

    private sealed class Node(ProvisionKind kind, string label)
    {
        public ProvisionKind Kind { get; } = kind;
        public string Label { get; } = label;
        public string? Heading { get; set; }
        public List<string> Lines { get; } = [];
        public List<Node> Children { get; } = [];

        /// <summary>
        /// Ids follow the reviewer's way of citing: "chuong-3/dieu-35/khoan-1/diem-a". Parts and sections are left
        /// out of article addresses because articles are numbered through the whole document and a chapter is how
        /// reviewers locate them; sections keep their chapter ("chuong-3/muc-4").
        /// </summary>
        public ParsedProvision ToParsed(string? parentId, string? chapterId, HashSet<string> used)
        {
            var segment = UnitLabels.Segment(Kind, Label);
            var prefix = Kind switch
            {
                ProvisionKind.Part or ProvisionKind.Chapter => null,
                ProvisionKind.Section or ProvisionKind.Article => chapterId,
                _ => parentId,
            };
            var id = prefix is null ? segment : prefix + "/" + segment;
            // Broken numbering in a source must not produce two provisions with one address.
            var unique = id;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{id}~{n}";
            }

            var text = string.Join('\n', Lines.Where(l => l.Length > 0));
            var childChapter = Kind == ProvisionKind.Chapter ? unique : chapterId;
            return new ParsedProvision(unique, Kind, Label, Heading, text, Children.Select(c => c.ToParsed(unique, childChapter, used)).ToList());
        }
    }
}
