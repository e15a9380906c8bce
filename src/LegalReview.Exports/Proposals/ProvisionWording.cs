using LegalReview.Core.Documents;

namespace LegalReview.Exports.Proposals;

/// <summary>
/// The wording of a provision as a letter quotes it, and its name as a letter cites it: units are stored without
/// their labels' decoration ("35", "1", "a"), and both need it back ("Điều 35.", "1.", "a)"; "khoản 1 Điều 35").
/// </summary>
public static class ProvisionWording
{
    /// <summary>The unit and its descendants (document order), one line per unit, labels written out.</summary>
    public static string Compose(IEnumerable<ProvisionUnit> unitAndDescendants) =>
        string.Join('\n', unitAndDescendants.Select(Line).Where(l => l.Length > 0));

    /// <summary>
    /// Citation of a unit given its path from the article (or higher unit) down: "điểm a khoản 1 Điều 35" followed
    /// by the document name ("Bộ luật Lao động số 45/2019/QH14").
    /// </summary>
    public static string Cite(IReadOnlyList<ProvisionUnit> path, string documentName)
    {
        var parts = path.Reverse().Select(u => Name(u.Kind) + " " + u.Label).ToList();
        var unit = string.Join(' ', parts);
        if (unit.Length > 0) unit = char.ToLowerInvariant(unit[0]) + unit[1..];
        // Articles and higher units keep their capital ("khoản 1 Điều 35"), lower units are lower case.
        unit = unit.Replace("điều ", "Điều ", StringComparison.Ordinal).Replace("chương ", "Chương ", StringComparison.Ordinal)
            .Replace("phần ", "Phần ", StringComparison.Ordinal).Replace("mục ", "Mục ", StringComparison.Ordinal);
        return string.IsNullOrWhiteSpace(documentName) ? unit : unit + " " + documentName.Trim();
    }

    /// <summary>
    /// How a letter names a document: laws by their name ("Bộ luật Lao động số 45/2019/QH14"), other types by type
    /// and number ("Nghị định số 145/2020/NĐ-CP"), since their titles are long descriptions.
    /// </summary>
    public static string DocumentName(string typeName, string title, string number)
    {
        var name = title.StartsWith("Luật", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Bộ luật", StringComparison.OrdinalIgnoreCase)
            ? title.Trim()
            : typeName.Trim();
        if (name.Length > 0) name = char.ToUpperInvariant(name[0]) + name[1..];
        return string.IsNullOrWhiteSpace(number) ? name : $"{name} số {number.Trim()}".Trim();
    }

    private static string Line(ProvisionUnit u)
    {
        var text = u.Text.Trim();
        return u.Kind switch
        {
            ProvisionKind.Article => Join($"Điều {u.Label}." + (string.IsNullOrWhiteSpace(u.Heading) ? "" : " " + u.Heading.Trim()), text),
            ProvisionKind.Clause => $"{u.Label}. {text}".TrimEnd(),
            ProvisionKind.Point => $"{u.Label}) {text}".TrimEnd(),
            ProvisionKind.SubPoint => $"{u.Label} {text}".Trim(),
            _ => Join($"{Name(u.Kind)} {u.Label}" + (string.IsNullOrWhiteSpace(u.Heading) ? "" : "\n" + u.Heading.Trim().ToUpperInvariant()), text),
        };
    }

    private static string Join(string head, string text) => text.Length == 0 ? head : head + "\n" + text;

    private static string Name(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Part => "Phần",
        ProvisionKind.Chapter => "Chương",
        ProvisionKind.Section => "Mục",
        ProvisionKind.Subsection => "Tiểu mục",
        ProvisionKind.Article => "Điều",
        ProvisionKind.Clause => "khoản",
        ProvisionKind.Point => "điểm",
        _ => "tiết",
    };
}
