using LegalReview.Core.Documents;

namespace LegalReview.Data.Reviewing;

/// <summary>What a reviewer submits for a review sheet; <see cref="RowVersion"/> is the version they loaded.</summary>
public sealed record ReviewSheetInput(
    string ReviewingUnit,
    string BasisDocuments,
    Validity? ValidityConclusion,
    string Conclusion,
    ReviewRecommendation? Recommendation,
    string CompetentBody,
    IReadOnlyList<ReviewSheetRowInput> Rows,
    int RowVersion);
