namespace LegalReview.Core.Documents;

/// <summary>How one document bears on another (DOMAIN glossary: sửa đổi, bổ sung, thay thế, bãi bỏ, đình chỉ, hướng dẫn, căn cứ, dẫn chiếu).</summary>
public enum RelationType
{
    Amends,
    Supplements,
    Replaces,
    RepealsWhole,
    RepealsPart,
    Suspends,
    Guides,
    BasedOn,
    Cites,
}
