namespace LegalReview.Data.Reviewing;

/// <summary>One findings row as submitted: <see cref="Id"/> null for a new row; <see cref="Remove"/> deletes it.</summary>
public sealed record ReviewSheetRowInput(
    long? Id,
    string ReviewedProvision,
    string BasisProvision,
    ReviewAssessment Assessment,
    string Reasoning,
    ReviewRecommendation ProposedHandling,
    bool Remove = false);
