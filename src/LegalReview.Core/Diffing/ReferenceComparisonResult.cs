namespace LegalReview.Core.Diffing;

/// <summary>Per-article agreement with a reference consolidation.</summary>
/// <param name="Articles">Every article of the reference, in its order.</param>
/// <param name="OnlyInOurs">Article numbers that the reference lacks.</param>
public sealed record ReferenceComparisonResult(IReadOnlyList<ReferenceArticle> Articles, IReadOnlyList<string> OnlyInOurs)
{
    public int Count(ReferenceMatch match) => Articles.Count(a => a.Match == match);

    /// <summary>Share of the reference's articles that are identical or near.</summary>
    public double MatchRate => Articles.Count == 0 ? 0 : (double)(Count(ReferenceMatch.Identical) + Count(ReferenceMatch.Near)) / Articles.Count;

    /// <summary>"95 articles: 60 identical, 20 near (≥ 0.9), 14 different, 1 missing; match 84.2 %".</summary>
    public override string ToString() =>
        $"{Articles.Count} articles: {Count(ReferenceMatch.Identical)} identical, {Count(ReferenceMatch.Near)} near (≥ {ReferenceComparison.NearThreshold}), "
        + $"{Count(ReferenceMatch.Different)} different, {Count(ReferenceMatch.Missing)} missing; match {MatchRate * 100:F1} %";
}
