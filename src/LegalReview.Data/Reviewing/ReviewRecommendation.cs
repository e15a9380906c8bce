namespace LegalReview.Data.Reviewing;

/// <summary>Proposed handling (ND 79 Art. 38 forms; DOMAIN.md §3 Recommendation).</summary>
public enum ReviewRecommendation
{
    Keep,
    AmendSupplement,
    Replace,
    RepealPart,
    RepealWhole,
    IssueNew,
    SuspendEffect,
    SuspendEnforcement,
    AnnounceExpiry,
}
