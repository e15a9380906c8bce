using LegalReview.Data.Importing;

namespace LegalReview.Web.Importing;

/// <summary>
/// Progress of the sample import, kept in memory: the import runs once per first start in this process (Hangfire
/// in-memory storage), so there is nothing to persist.
/// </summary>
public sealed class SampleImportTracker : IProgress<SampleImportProgress>
{
    private SampleImportState _state = new(SampleImportPhase.Idle, null, null);

    public SampleImportState Current => Volatile.Read(ref _state);

    public void MarkQueued() => Set(new SampleImportState(SampleImportPhase.Queued, null, null));

    public void Report(SampleImportProgress value) => Set(new SampleImportState(SampleImportPhase.Running, value, null));

    public void MarkCompleted(SampleImportProgress? last) =>
        Set(new SampleImportState(SampleImportPhase.Completed, last ?? Current.Progress, null));

    public void MarkFailed(string error) => Set(new SampleImportState(SampleImportPhase.Failed, Current.Progress, error));

    private void Set(SampleImportState state) => Volatile.Write(ref _state, state);
}
