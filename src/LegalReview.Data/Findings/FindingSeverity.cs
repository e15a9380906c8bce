namespace LegalReview.Data.Findings;

/// <summary>How urgent a finding is.</summary>
public enum FindingSeverity
{
    Low,
    Medium,
    High,
}
