using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Data.Importing;

/// <summary>Turns the parsed provision tree into the flat, ordered rows a version stores.</summary>
public static class ProvisionFlattener
{
    /// <summary>Depth-first, document order; each row knows its parent's stable id and its depth (0 = top).</summary>
    public static List<Provision> Flatten(IReadOnlyList<ParsedProvision> roots)
    {
        var rows = new List<Provision>();
        foreach (var root in roots)
        {
            Add(root, null, 0, rows);
        }

        return rows;
    }

    private static void Add(ParsedProvision node, string? parentId, int depth, List<Provision> rows)
    {
        rows.Add(new Provision
        {
            StableId = node.Id,
            ParentStableId = parentId,
            Kind = node.Kind,
            Label = node.Label,
            Heading = node.Heading,
            Text = node.Text,
            Order = rows.Count,
            Depth = depth,
        });
        foreach (var child in node.Children)
        {
            Add(child, node.Id, depth + 1, rows);
        }
    }
}
