using LegalReview.Data.Importing;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Importing;

/// <summary>Hangfire job: imports the sample corpus. Idempotent — re-running finds every text unchanged.</summary>
public sealed class SampleImportJob(
    SampleCorpus corpus,
    SampleImportTracker tracker,
    IOptions<SamplesOptions> options,
    IWebHostEnvironment environment,
    LegalReview.Web.Search.SearchSyncTrigger searchSync,
    ILogger<SampleImportJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var folder = ResolveSamplesFolder(options.Value, environment.ContentRootPath);
        if (folder is null)
        {
            tracker.MarkFailed("Không tìm thấy thư mục samples/ (cấu hình Samples:Folder).");
            logger.LogError("Sample folder not found above {ContentRoot}", environment.ContentRootPath);
            return;
        }

        try
        {
            var results = await corpus.ImportAsync(folder, tracker, ct);
            searchSync.Enqueue("sample import");
            tracker.MarkCompleted(tracker.Current.Progress);
            logger.LogInformation(
                "Sample import finished: {Count} files, {Rejected} rejected",
                results.Count, results.Count(r => r.Result.IsRejected));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            tracker.MarkFailed("Nhập dữ liệu mẫu thất bại: " + ex.Message);
            logger.LogError(ex, "Sample import failed");
            throw;
        }
    }

    /// <summary>Configured folder, else the nearest <c>samples/</c> above the content root.</summary>
    public static string? ResolveSamplesFolder(SamplesOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.Folder)
            ? SampleCorpus.FindSamplesFolder(contentRoot)
            : Directory.Exists(options.Folder) ? Path.GetFullPath(options.Folder) : null;
}
