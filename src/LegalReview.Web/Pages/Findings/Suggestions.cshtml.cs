using LegalReview.Data.Findings;
using LegalReview.Web.Findings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Findings;

/// <summary>Findings suggested by the relation graph, each with its evidence; one click creates the finding.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class SuggestionsModel(FindingSuggestionService suggestions, FindingService findings, FindingQueries queries) : PageModel
{
    public IReadOnlyList<SuggestedFinding> Suggestions { get; private set; } = [];
    public IReadOnlySet<string> Taken { get; private set; } = new HashSet<string>();
    public IReadOnlyDictionary<string, IReadOnlyList<LinkedProvisionView>> Links { get; private set; } =
        new Dictionary<string, IReadOnlyList<LinkedProvisionView>>();
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string key, CancellationToken ct)
    {
        var suggestion = (await suggestions.SuggestAsync(ct)).FirstOrDefault(s => s.Key == key);
        if (suggestion is null)
        {
            Error = "Gợi ý không còn (dữ liệu văn bản đã thay đổi); hãy tải lại trang.";
        }
        else if ((await findings.TakenSuggestionKeysAsync(ct)).Contains(key))
        {
            Error = "Gợi ý này đã được tạo thành phát hiện.";
        }
        else
        {
            var result = await findings.CreateAsync(suggestion.ToNewFinding(), ReviewActors.Name(User), ct);
            if (result.Succeeded)
            {
                TempData["FindingMessage"] = "Đã tạo phát hiện từ gợi ý; hãy kiểm tra lập luận và mức độ.";
                return Redirect($"/findings/{result.Finding!.Id}");
            }

            Error = result.Error;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Suggestions = await suggestions.SuggestAsync(ct);
        Taken = await findings.TakenSuggestionKeysAsync(ct);
        var links = new Dictionary<string, IReadOnlyList<LinkedProvisionView>>();
        foreach (var s in Suggestions)
        {
            links[s.Key] = await queries.ViewsAsync(s.Provisions.Select(p => (p.DocumentId, p.StableId, (string?)null)), ct);
        }

        Links = links;
    }
}
