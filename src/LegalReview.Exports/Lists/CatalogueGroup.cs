namespace LegalReview.Exports.Lists;

/// <summary>The documents of one issuer in a list, ordered by type then date.</summary>
public sealed record CatalogueGroup(string Issuer, IReadOnlyList<CatalogueDocument> Documents);
