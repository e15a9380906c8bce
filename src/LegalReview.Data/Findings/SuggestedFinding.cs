namespace LegalReview.Data.Findings;

/// <summary>
/// A finding the relation graph suggests, with its evidence (Vietnamese lines a reviewer can check). <see cref="Key"/>
/// is stable across runs, so a suggestion turned into a finding is recognised (<see cref="Finding.SuggestionKey"/>).
/// </summary>
public sealed record SuggestedFinding(
    string Key,
    SuggestionKind Kind,
    FindingType Type,
    string Title,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<ProvisionLink> Provisions,
    string LegalBasis)
{
    /// <summary>The finding a reviewer creates with one click.</summary>
    public NewFinding ToNewFinding() => new(
        Title, Type, FindingSeverity.Medium, string.Join("\n", Evidence), LegalBasis, Provisions, SuggestionKey: Key);
}
