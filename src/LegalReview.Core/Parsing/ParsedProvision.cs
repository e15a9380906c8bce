using LegalReview.Core.Documents;

namespace LegalReview.Core.Parsing;

/// <summary>A provision in the parsed tree. <see cref="Text"/> is the unit's own text, children excluded.</summary>
public sealed record ParsedProvision(
    string Id,
    ProvisionKind Kind,
    string Label,
    string? Heading,
    string Text,
    IReadOnlyList<ParsedProvision> Children)
{
    public IEnumerable<ParsedProvision> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var p in child.SelfAndDescendants())
            {
                yield return p;
            }
        }
    }
}
