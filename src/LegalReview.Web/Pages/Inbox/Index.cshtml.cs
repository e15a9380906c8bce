using System.Security.Claims;
using LegalReview.Data.Alerts;
using LegalReview.Web.Alerts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Inbox;

/// <summary>In-app inbox: the user's notifications, newest first, with why each matched and the provision diff.</summary>
public sealed class IndexModel(AlertInbox inbox) : PageModel
{
    [BindProperty(Name = "unread", SupportsGet = true)]
    public bool UnreadOnly { get; set; }

    public IReadOnlyList<AlertNotification> Items { get; private set; } = [];
    public int Unread { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await inbox.ListAsync(UserId, UnreadOnly, ct);
        Unread = await inbox.UnreadCountAsync(UserId, ct);
    }

    public async Task<IActionResult> OnPostReadAsync(long? id, CancellationToken ct)
    {
        await inbox.MarkReadAsync(UserId, id, ct);
        return RedirectToPage(new { unread = UnreadOnly ? "true" : null });
    }
}
