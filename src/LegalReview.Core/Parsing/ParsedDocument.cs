using LegalReview.Core.Documents;

namespace LegalReview.Core.Parsing;

/// <summary>What the structure parser recognizes in one document text.</summary>
public sealed record ParsedDocument(
    string Number,
    DocumentType Type,
    string TypeName,
    string Issuer,
    string? Place,
    DateOnly? IssuedOn,
    DateOnly? EffectiveOn,
    string Title,
    string? Signer,
    string? SignerTitle,
    IReadOnlyList<ParsedBasis> Bases,
    IReadOnlyList<ParsedProvision> Provisions,
    string Text)
{
    /// <summary>All provisions in document order, depth first.</summary>
    public IEnumerable<ParsedProvision> AllProvisions() => Provisions.SelectMany(p => p.SelfAndDescendants());

    public IEnumerable<ParsedProvision> Articles() => AllProvisions().Where(p => p.Kind == ProvisionKind.Article);
}
