namespace LegalReview.Core.Diffing;

/// <summary>An article of the older document paired with one of the newer (ids are stable ids; labels are article numbers).</summary>
public sealed record ArticleMatch(string OldId, string NewId, string OldLabel, string NewLabel, double Similarity, ArticleMatchKind Kind);
