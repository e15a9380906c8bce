using LegalReview.Core.Diffing;

namespace LegalReview.Web.Comparing;

/// <summary>What the compare page shows: the provision diff, and the article alignment when two different laws are compared.</summary>
public sealed record ComparisonResult(
    ComparedVersion Old,
    ComparedVersion New,
    VersionDiffResult Diff,
    LawComparisonResult? Laws,
    IReadOnlyDictionary<string, string> OldTexts,
    IReadOnlyDictionary<string, string> NewTexts)
{
    public bool SameDocument => Old.Document.Id == New.Document.Id;
}
