using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Search.Indexing;

/// <summary>
/// Turns a provision tree (parsed, or stored flat in the database) into the article- and clause-level entries the
/// index wants: each entry's text is the unit's own text followed by all its descendants' text in order.
/// </summary>
public static class IndexedProvisionBuilder
{
    /// <summary>From the parser's tree (<see cref="ParsedDocument.Provisions"/>).</summary>
    public static IReadOnlyList<IndexedProvision> FromParsed(IEnumerable<ParsedProvision> roots)
    {
        var result = new List<IndexedProvision>();
        var order = 0;
        foreach (var root in roots)
        {
            Walk(root);
        }

        return result;

        void Walk(ParsedProvision node)
        {
            var position = order++;
            if (node.Kind is ProvisionKind.Article or ProvisionKind.Clause)
            {
                var text = string.Join('\n', node.SelfAndDescendants().Select(p => Line(p.Kind, p.Label, p.Text, p == node)).Where(t => t.Length > 0));
                result.Add(new IndexedProvision(node.Id, node.Kind, node.Label, node.Heading, text, position));
            }

            foreach (var child in node.Children)
            {
                Walk(child);
            }
        }
    }

    /// <summary>
    /// A descendant's text with its label as printed ("1. …", "a) …"), since stored texts exclude labels; the unit's
    /// own label is shown by the hit itself.
    /// </summary>
    private static string Line(ProvisionKind kind, string label, string text, bool isUnit)
    {
        var own = text.Trim();
        if (isUnit || own.Length == 0 || label.Length == 0)
        {
            return own;
        }

        var prefix = kind switch
        {
            ProvisionKind.Clause => label + ".",
            ProvisionKind.Point or ProvisionKind.SubPoint => label + ")",
            _ => null,
        };
        return prefix is null || own.StartsWith(prefix, StringComparison.Ordinal) ? own : prefix + " " + own;
    }

    /// <summary>From the flat rows of one document version (<see cref="DocumentVersion.Provisions"/>).</summary>
    public static IReadOnlyList<IndexedProvision> FromStored(IEnumerable<Provision> provisions)
    {
        var ordered = provisions.OrderBy(p => p.Order).ToList();
        var children = ordered.Where(p => p.ParentStableId is not null).ToLookup(p => p.ParentStableId!);
        var result = new List<IndexedProvision>();
        foreach (var unit in ordered.Where(p => p.Kind is ProvisionKind.Article or ProvisionKind.Clause))
        {
            var texts = new List<string>();
            Collect(unit);
            result.Add(new IndexedProvision(unit.StableId, unit.Kind, unit.Label, unit.Heading, string.Join('\n', texts), unit.Order));

            void Collect(Provision p)
            {
                if (Line(p.Kind, p.Label, p.Text, p == unit) is { Length: > 0 } own)
                {
                    texts.Add(own);
                }

                foreach (var child in children[p.StableId])
                {
                    Collect(child);
                }
            }
        }

        return result;
    }
}
