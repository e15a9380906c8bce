namespace LegalReview.Data.Reviewing;

/// <summary>Assessment of one row of a review sheet (DOMAIN.md §3 FindingType).</summary>
public enum ReviewAssessment
{
    Contradiction,
    Overlap,
    Expired,
    Unsuitable,
    Infeasible,
    Unlawful,
    MissingGuidance,
}
