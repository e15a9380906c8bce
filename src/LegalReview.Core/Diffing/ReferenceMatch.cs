namespace LegalReview.Core.Diffing;

/// <summary>How one article of a reference consolidation compares with ours.</summary>
public enum ReferenceMatch
{
    /// <summary>Same words after normalisation.</summary>
    Identical,

    /// <summary>Word similarity ≥ <see cref="ReferenceComparison.NearThreshold"/>.</summary>
    Near,

    /// <summary>Below the threshold.</summary>
    Different,

    /// <summary>Our text has no article with that number.</summary>
    Missing,
}
