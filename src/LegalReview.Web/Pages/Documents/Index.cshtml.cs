using LegalReview.Core.Documents;
using LegalReview.Web.Documents;
using LegalReview.Web.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Documents;

public sealed class IndexModel(DocumentQueries queries, SampleImportTracker importTracker) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DocumentType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Issuer { get; set; }

    [BindProperty(SupportsGet = true)]
    public Validity? Validity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = DocumentListQuery.SortIssued;

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; } = true;

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public DocumentListPage Result { get; private set; } = new([], 0, 1, 1, []);

    public SampleImportState Import { get; private set; } = new(SampleImportPhase.Idle, null, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Import = importTracker.Current;
        Result = await queries.ListAsync(new DocumentListQuery(Type, Issuer, Validity, Sort, Desc, PageNumber), ct);
    }

    /// <summary>Query string for the list with some values changed, keeping the rest.</summary>
    public string Link(string? sort = null, bool? desc = null, int? page = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["type"] = Type?.ToString(),
            ["issuer"] = Issuer,
            ["validity"] = Validity?.ToString(),
            ["sort"] = sort ?? Sort,
            ["desc"] = (desc ?? Desc) ? "true" : "false",
            ["p"] = (page ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            "/documents", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>Link for a column header: first click ascending (dates: newest first), second click reverses.</summary>
    public string SortLink(string column) =>
        Link(sort: column, desc: Sort == column ? !Desc : column == DocumentListQuery.SortIssued);

    public string SortMark(string column) => Sort != column ? "" : Desc ? " ▼" : " ▲";
}
