namespace LegalReview.Core.Amendments;

/// <summary>Where a phrase operation acts relative to <see cref="AmendmentInstruction.AnchorPhrase"/> or the unit.</summary>
public enum PhraseAnchor
{
    /// <summary>Everywhere the old phrase occurs in the target.</summary>
    None,
    Before,
    After,

    /// <summary>At the start of the unit's text ("vào đầu điểm c").</summary>
    Start,

    /// <summary>At the end of the unit's text ("vào cuối điểm i").</summary>
    End,
}
