namespace LegalReview.Core.Documents;

/// <summary>Validity status (tình trạng hiệu lực). Unknown until a source or a reviewer says otherwise.</summary>
public enum Validity
{
    Unknown,
    InForce,
    NotYetInForce,
    PartlyExpired,
    Expired,
    PartlySuspended,
    Suspended,
    EnforcementSuspended,
}
