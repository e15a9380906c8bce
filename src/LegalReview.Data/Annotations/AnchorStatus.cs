namespace LegalReview.Data.Annotations;

/// <summary>Where an annotation stands after the provision it was written on got a new text.</summary>
public enum AnchorStatus
{
    /// <summary>The quoted text is in the same provision, unchanged.</summary>
    Anchored,

    /// <summary>Found again, but only tolerantly (spacing, diacritics) or in another (renumbered) provision.</summary>
    ReAnchored,

    /// <summary>The provision still exists but the quoted text is no longer in it.</summary>
    ProvisionChanged,

    /// <summary>The provision no longer exists and the quoted text was not found elsewhere.</summary>
    ProvisionRemoved,
}
