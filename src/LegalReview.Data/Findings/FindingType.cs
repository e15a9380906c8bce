namespace LegalReview.Data.Findings;

/// <summary>Kind of inconsistency (DOMAIN.md §3: mâu thuẫn, chồng chéo, hết hiệu lực, không còn phù hợp …).</summary>
public enum FindingType
{
    Contradiction,
    Overlap,
    Expired,
    Unsuitable,
    Infeasible,

    /// <summary>Trái pháp luật: goes to inspection (kiểm tra), not only review.</summary>
    Unlawful,
    MissingGuidance,
}
