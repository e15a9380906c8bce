using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Web.Comparing;

/// <summary>Rebuilds the provision tree of a stored version (flat rows in document order) for the Core diff algorithms.</summary>
public static class VersionTree
{
    public static ParsedDocument ToParsed(LegalDocument document, DocumentVersion version, IReadOnlyList<Provision> rows)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(rows);
        return new ParsedDocument(document.Number, document.Type, document.TypeName, document.Issuer, null,
            document.IssuedOn, version.ConsolidatedAsOf ?? document.EffectiveOn, document.Title, document.Signer, null,
            [], Build(rows), version.Text);
    }

    /// <summary>Depth says the nesting: a stack of open units rebuilds the tree even when stable ids repeat.</summary>
    public static IReadOnlyList<ParsedProvision> Build(IReadOnlyList<Provision> rows)
    {
        var roots = new List<Node>();
        var open = new Stack<Node>();
        foreach (var row in rows.OrderBy(r => r.Order))
        {
            while (open.Count > 0 && open.Peek().Row.Depth >= row.Depth) open.Pop();
            var node = new Node(row);
            if (open.Count == 0) roots.Add(node);
            else open.Peek().Children.Add(node);
            open.Push(node);
        }
        return roots.Select(n => n.ToParsed()).ToList();
    }

    private sealed class Node(Provision row)
    {
        public Provision Row { get; } = row;
        public List<Node> Children { get; } = [];

        public ParsedProvision ToParsed() =>
            new(Row.StableId, Row.Kind, Row.Label, Row.Heading, Row.Text, Children.Select(c => c.ToParsed()).ToList());
    }
}
