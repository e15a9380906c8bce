namespace LegalReview.Core.Diffing;

/// <summary>Article-level correspondence between two laws (e.g. a law and the law that replaced it).</summary>
/// <param name="Matches">One-to-one pairs.</param>
/// <param name="Merged">Older articles absorbed into a newer one: (new id, old ids).</param>
/// <param name="Split">Older articles spread over several newer ones: (old id, new ids).</param>
/// <param name="New">Newer articles with no counterpart.</param>
/// <param name="Dropped">Older articles with no counterpart.</param>
public sealed record LawComparisonResult(
    IReadOnlyList<ArticleMatch> Matches,
    IReadOnlyList<(string NewId, IReadOnlyList<string> OldIds)> Merged,
    IReadOnlyList<(string OldId, IReadOnlyList<string> NewIds)> Split,
    IReadOnlyList<string> New,
    IReadOnlyList<string> Dropped);
