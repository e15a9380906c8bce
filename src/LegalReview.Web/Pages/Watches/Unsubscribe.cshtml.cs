using LegalReview.Web.Alerts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Watches;

/// <summary>
/// The unsubscribe link of every mail, usable without signing in: the signed token names the watch. GET asks
/// (mail scanners follow links), POST (with the antiforgery token, like every form) stops e-mail for that watch.
/// </summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(AlertLinks links, WatchService watches) : PageModel
{
    [BindProperty(Name = "t", SupportsGet = true)]
    public string? Token { get; set; }

    public string? WatchName { get; private set; }
    public bool Done { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (links.ReadUnsubscribeToken(Token) is null) Error = "Liên kết hủy nhận thư không hợp lệ hoặc đã hỏng.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (links.ReadUnsubscribeToken(Token) is not { } id)
        {
            Error = "Liên kết hủy nhận thư không hợp lệ hoặc đã hỏng.";
            return Page();
        }
        var watch = await watches.StopEmailAsync(id, ct);
        if (watch is null) Error = "Mục theo dõi này đã bị xóa; bạn sẽ không nhận thư về nó nữa.";
        WatchName = watch?.Name;
        Done = watch is not null;
        return Page();
    }
}
