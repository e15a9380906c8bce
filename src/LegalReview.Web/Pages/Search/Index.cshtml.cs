using System.Globalization;
using LegalReview.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace LegalReview.Web.Pages.Search;

/// <summary>Full-text search over documents and provisions, with facets, "in force on date" and pagination.</summary>
public sealed class IndexModel(ISearchIndex index, ILogger<IndexModel> logger) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Query { get; set; }

    [BindProperty(Name = "asOf", SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Issuer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Validity { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public SearchResult? Result { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> Suggestions { get; private set; } = [];

    public bool HasRequest => !string.IsNullOrWhiteSpace(Query) || Type is not null || Issuer is not null
        || Validity is not null || Year is not null || Topic is not null;

    public int PageCount => Result is null ? 0 : (int)Math.Min(int.MaxValue, (Result.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // A malformed date or number in the address: say so instead of failing.
            Error = "Tham số tìm kiếm không hợp lệ (ngày phải có dạng YYYY-MM-DD).";
            return;
        }

        Suggestions = await SuggestAsync(Query, ct);
        if (!HasRequest)
        {
            return;
        }

        var query = new SearchQuery(
            Query, AsOf, Type, Issuer, Validity, Year, Topic,
            Sort == "date" ? SearchSort.Date : SearchSort.Relevance,
            Math.Max(1, PageNumber), PageSize, IncludeFacets: true);
        try
        {
            Result = await index.SearchAsync(query, ct);
            Error = Result.Error;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The contract says bad input never throws; an engine failure (index unavailable) must not be a 500 either.
            logger.LogError(ex, "Search failed for {Query}", Query);
            Error = "Không tìm kiếm được lúc này (chỉ mục tìm kiếm không sẵn sàng). Vui lòng thử lại sau.";
            Result = null;
        }
    }

    /// <summary>Document numbers for the datalist, also used by /search/suggest (wwwroot/js/search.js).</summary>
    public async Task<JsonResult> OnGetSuggestAsync(string? prefix, CancellationToken ct) =>
        new(await SuggestAsync(prefix, ct));

    private async Task<IReadOnlyList<string>> SuggestAsync(string? text, CancellationToken ct)
    {
        var prefix = text?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(prefix) || !char.IsDigit(prefix[0]) || prefix.Length > 40)
        {
            return [];
        }

        try
        {
            return await index.SuggestNumbersAsync(prefix, 10, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Number suggestions failed for {Prefix}", prefix);
            return [];
        }
    }

    /// <summary>Address of this search with some values changed; a facet link sets its filter and goes to page 1.</summary>
    public string Link(string? type = null, string? issuer = null, string? validity = null, string? year = null,
        string? topic = null, string? sort = null, int page = 1)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["asOf"] = AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["type"] = type ?? Type,
            ["issuer"] = issuer ?? Issuer,
            ["validity"] = validity ?? Validity,
            ["year"] = year ?? Year?.ToString(CultureInfo.InvariantCulture),
            ["topic"] = topic ?? Topic,
            ["sort"] = sort ?? Sort,
            ["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/search", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>Link to a hit: the document page at the provision's anchor.</summary>
    public static string HitLink(SearchHit hit) =>
        hit.ProvisionId.Length == 0 ? $"/documents/{hit.DocumentId}" : $"/documents/{hit.DocumentId}#{hit.ProvisionId}";
}
