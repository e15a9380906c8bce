namespace LegalReview.Data.Findings;

/// <summary>What a reviewer fills in to flag an inconsistency; at least two distinct provisions.</summary>
public sealed record NewFinding(
    string Title,
    FindingType Type,
    FindingSeverity Severity,
    string Reasoning,
    string LegalBasis,
    IReadOnlyList<ProvisionLink> Provisions,
    long? PracticeProblemId = null,
    string? SuggestionKey = null);
