using LegalReview.Core.Documents;
using LegalReview.Web.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Documents;

public sealed class TimelineModel(ProvisionTimeline timeline) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>Stable id of the provision ("chuong-1/dieu-7").</summary>
    [BindProperty(Name = "p", SupportsGet = true)]
    public string? ProvisionId { get; set; }

    public LegalDocument Document { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ProvisionId)) return BadRequest("Thiếu tham số p (mã điều, khoản).");
        var result = await timeline.GetAsync(Id, ProvisionId.Trim('/'), ct);
        if (result is null) return NotFound();
        (Document, Entries) = result.Value;
        return Page();
    }
}
