using Hangfire;
using LegalReview.Data.Annotations;

namespace LegalReview.Web.Annotations;

/// <summary>
/// Hangfire job: re-anchors annotations after new versions (<see cref="AnnotationReanchorService.ProcessPendingAsync"/>).
/// Queued after imports and recurring as a safety net; idempotent thanks to its own change-event cursor.
/// </summary>
public sealed class ReanchorJob(AnnotationReanchorService service, ILogger<ReanchorJob> logger)
{
    public const string RecurringId = "annotations:reanchor";

    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(CancellationToken ct)
    {
        var report = await service.ProcessPendingAsync(ct);
        if (report.Events > 0)
        {
            logger.LogInformation(
                "Re-anchoring: {Events} new versions, {Anchored} anchored, {ReAnchored} moved, {Changed} changed, {Removed} removed",
                report.Events, report.Anchored, report.ReAnchored, report.Changed, report.Removed);
        }
    }
}
