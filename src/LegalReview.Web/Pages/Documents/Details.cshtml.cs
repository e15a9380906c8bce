using LegalReview.Web.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Documents;

public sealed class DetailsModel(DocumentQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(Name = "version", SupportsGet = true)]
    public int? VersionNumber { get; set; }

    /// <summary>"Xem theo thời điểm": show the text in force on this date.</summary>
    [BindProperty(Name = "asOf", SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public DocumentDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var details = await queries.GetAsync(Id, VersionNumber, AsOf, ct);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        return Page();
    }

    /// <summary>Units listed in the table of contents: everything above clauses.</summary>
    public IEnumerable<Core.Documents.Provision> TableOfContents =>
        Details.Provisions.Where(p => p.Kind <= Core.Documents.ProvisionKind.Article);

    public string VersionQuery => Details.IsLatest ? "" : $"?version={Details.Version.VersionNumber}";

    public string CompareUrl(int oldVersion, int newVersion) => $"/compare?a={Id}-{oldVersion}&b={Id}-{newVersion}";
}
