using System.Text.RegularExpressions;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Consolidation;

/// <summary>
/// Parses the quoted new text of one unit ("Điều 12. …\n1. …\na) …", "2. …", "c) …") into an editable unit. The
/// structure parser needs a whole document; a fragment starts at any clause number, so it is read here with the
/// same unit patterns, accepting a new clause or point only when its number follows the previous one.
/// </summary>
internal static partial class FragmentParser
{
    [GeneratedRegex(@"^Điều\s+(?<l>\d+[a-zđ]?)\s*[.:]\s*(?<rest>.*)$")]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"^(?<l>\d+[a-zđ]?)\s*\.\s+(?<rest>.*)$")]
    private static partial Regex ClauseLine();

    [GeneratedRegex(@"^(?<l>[a-zđ])\s*[).]\s+(?<rest>.*)$")]
    private static partial Regex PointLine();

    public static EditableProvision Parse(ProvisionKind kind, string fallbackLabel, string newText)
    {
        var lines = newText.Split('\n').Select(VietnameseText.NormalizeLine).Where(l => l.Length > 0).ToList();
        var unit = new EditableProvision(kind, fallbackLabel, null, "");
        var own = new List<string>();
        var start = 0;
        if (lines.Count > 0)
        {
            var first = lines[0];
            Match m;
            if (kind == ProvisionKind.Article && (m = ArticleLine().Match(first)).Success)
            {
                unit.Heading = m.Groups["rest"].Value.Trim();
                start = 1;
            }
            else if (kind == ProvisionKind.Clause && (m = ClauseLine().Match(first)).Success)
            {
                own.Add(m.Groups["rest"].Value.Trim());
                start = 1;
            }
            else if (kind == ProvisionKind.Point && (m = PointLine().Match(first)).Success)
            {
                own.Add(m.Groups["rest"].Value.Trim());
                start = 1;
            }
        }
        EditableProvision? clause = null;
        EditableProvision? point = null;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            Match m;
            if (kind == ProvisionKind.Article && (m = ClauseLine().Match(line)).Success
                && Follows(clause?.Label, m.Groups["l"].Value, numeric: true))
            {
                clause = new EditableProvision(ProvisionKind.Clause, m.Groups["l"].Value, null, m.Groups["rest"].Value.Trim());
                unit.Adopt(clause, unit.Children.Count);
                point = null;
                continue;
            }
            if (kind is ProvisionKind.Article or ProvisionKind.Clause && (m = PointLine().Match(line)).Success
                && Follows(point?.Label, m.Groups["l"].Value, numeric: false))
            {
                var parent = kind == ProvisionKind.Clause ? unit : clause ?? unit;
                point = new EditableProvision(ProvisionKind.Point, m.Groups["l"].Value, null, m.Groups["rest"].Value.Trim());
                parent.Adopt(point, parent.Children.Count);
                continue;
            }
            var target = point ?? clause;
            if (target is null) own.Add(line);
            else target.Text = target.Text.Length == 0 ? line : target.Text + "\n" + line;
        }
        unit.Text = string.Join('\n', own);
        return unit;
    }

    private static bool Follows(string? previous, string next, bool numeric)
    {
        if (previous is null) return numeric ? next.StartsWith('1') && !char.IsDigit(next.ElementAtOrDefault(1)) : next == "a";
        var (pn, ps) = Amendments.LegalText.LabelOrder(previous);
        var (nn, ns) = Amendments.LegalText.LabelOrder(next);
        return nn > pn || (nn == pn && ns > ps);
    }
}
