using LegalReview.Data.Importing;

namespace LegalReview.Web.Importing;

/// <summary>Phase of the sample import shown to users.</summary>
public enum SampleImportPhase
{
    Idle,
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>A snapshot of the sample import for the progress banner.</summary>
public sealed record SampleImportState(SampleImportPhase Phase, SampleImportProgress? Progress, string? Error)
{
    public bool IsActive => Phase is SampleImportPhase.Queued or SampleImportPhase.Running;

    /// <summary>0–100.</summary>
    public int Percent => Progress is { Total: > 0 } p ? p.Done * 100 / p.Total : 0;
}
