using LegalReview.Core.Documents;

namespace LegalReview.Data.Reviewing;

/// <summary>A campaign as entered on the creation form.</summary>
/// <param name="DocumentIds">The explicit list (<see cref="CampaignScopeKind.ExplicitList"/>).</param>
public sealed record CampaignDraft(
    string Name,
    string Description,
    DateOnly CutoffDate,
    CampaignScopeKind ScopeKind,
    string? Query,
    DocumentType? Type,
    string? Issuer,
    Validity? Validity,
    int? YearFrom,
    int? YearTo,
    IReadOnlyList<long> DocumentIds,
    IReadOnlyList<string> Assignees);
