using LegalReview.Web.Comparing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Compare;

public sealed class IndexModel(CompareService compare) : PageModel
{
    /// <summary>Older side ("12-1").</summary>
    [BindProperty(Name = "a", SupportsGet = true)]
    public string? A { get; set; }

    /// <summary>Newer side ("12-2").</summary>
    [BindProperty(Name = "b", SupportsGet = true)]
    public string? B { get; set; }

    /// <summary>"side" for side by side; inline otherwise.</summary>
    [BindProperty(Name = "view", SupportsGet = true)]
    public string? View { get; set; }

    public IReadOnlyList<VersionChoice> Choices { get; private set; } = [];
    public ComparisonResult? Result { get; private set; }
    public string? Error { get; private set; }
    public bool SideBySideView => View == "side";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choices = await compare.ChoicesAsync(ct);
        if (string.IsNullOrEmpty(A) && string.IsNullOrEmpty(B)) return;
        if (string.IsNullOrEmpty(A) || string.IsNullOrEmpty(B))
        {
            Error = "Hãy chọn cả hai văn bản hoặc phiên bản cần so sánh.";
            return;
        }

        Result = await compare.CompareAsync(A, B, ct);
        if (Result is null) Error = "Không tìm thấy văn bản hoặc phiên bản đã chọn.";
    }

    public string ViewUrl(string view) => $"/compare?a={Uri.EscapeDataString(A ?? "")}&b={Uri.EscapeDataString(B ?? "")}&view={view}";
}
