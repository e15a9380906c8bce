namespace LegalReview.Data.Findings;

/// <summary>An action on a finding's workflow.</summary>
public enum FindingTransition
{
    /// <summary>Lead: the inconsistency is real (Open → Confirmed).</summary>
    Confirm,

    /// <summary>Lead: not an inconsistency (Open → Dismissed).</summary>
    Dismiss,

    /// <summary>Lead: handled by a proposal or a new document (Confirmed → Resolved).</summary>
    Resolve,

    /// <summary>Lead: look again at a dismissed finding (Dismissed → Open).</summary>
    Reopen,
}
