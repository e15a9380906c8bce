using LegalReview.Data.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Documents;

/// <summary>Administrators import one file (.txt, .html, .docx, .pdf) up to 50 MB.</summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class UploadModel(DocumentImportService importer, LegalReview.Web.Search.SearchSyncTrigger searchSync, ILogger<UploadModel> logger) : PageModel
{
    // A little above the file limit so a 50 MB file reaches our own check and gets a clear message.
    private const long RequestLimit = DocumentImportService.MaxFileBytes + 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportResult? Result { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = "Vui lòng chọn một tệp không rỗng (.txt, .html, .docx hoặc .pdf).";
            return Page();
        }

        if (Upload.Length > DocumentImportService.MaxFileBytes)
        {
            Error = $"Tệp quá lớn ({Upload.Length / (1024 * 1024)} MB); giới hạn là 50 MB.";
            return Page();
        }

        using var buffer = new MemoryStream((int)Upload.Length);
        await Upload.CopyToAsync(buffer, ct);
        var fileName = Path.GetFileName(Upload.FileName);
        Result = await importer.ImportAsync(fileName, buffer.ToArray(), "upload:" + User.Identity?.Name + "/" + fileName, ct);
        if (Result.IsRejected)
        {
            Error = "Không nhập được tệp: " + Result.RejectedReason;
            Result = null;
        }
        else
        {
            logger.LogInformation("Upload {FileName} imported: {Status}", fileName, Result.Status);
            searchSync.Enqueue("upload of " + fileName);
        }

        return Page();
    }
}
