namespace LegalReview.Search;

/// <summary>
/// One document as the index sees it: metadata plus its article- and clause-level provisions. Type and Validity are
/// the invariant names of the Core enums ("Law", "InForce"); TypeName is the Vietnamese type as written ("Bộ luật").
/// </summary>
/// <param name="VersionStamp">Opaque stamp of the indexed version (e.g. version id or text hash), reported back by
/// <see cref="ISearchIndex.GetIndexedStampsAsync"/> so verify can find stale entries.</param>
public sealed record IndexedDocument(
    long DocumentId,
    string VersionStamp,
    string Number,
    string Type,
    string TypeName,
    string Issuer,
    string Title,
    DateOnly? IssuedOn,
    DateOnly? EffectiveOn,
    DateOnly? ExpiresOn,
    string Validity,
    IReadOnlyList<string> Topics,
    IReadOnlyList<IndexedProvision> Provisions);
