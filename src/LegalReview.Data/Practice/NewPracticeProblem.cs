using LegalReview.Data.Findings;

namespace LegalReview.Data.Practice;

/// <summary>A problem as entered in the register.</summary>
public sealed record NewPracticeProblem(
    PracticeSourceKind SourceKind,
    string SourceName,
    DateOnly ReportedOn,
    string Description,
    IReadOnlyList<ProvisionLink> Provisions);
