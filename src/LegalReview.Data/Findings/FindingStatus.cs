namespace LegalReview.Data.Findings;

/// <summary>Workflow state of a finding; transitions are in <see cref="FindingWorkflow"/>.</summary>
public enum FindingStatus
{
    Open,
    Confirmed,
    Dismissed,
    Resolved,
}
