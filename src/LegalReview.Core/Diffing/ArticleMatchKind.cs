namespace LegalReview.Core.Diffing;

/// <summary>How an article of the older law corresponds to one of the newer.</summary>
public enum ArticleMatchKind
{
    /// <summary>Same number, same text.</summary>
    Unchanged,

    /// <summary>Same number, text changed.</summary>
    Changed,

    /// <summary>Another number (renumbered or moved), text the same or changed.</summary>
    Moved,
}
