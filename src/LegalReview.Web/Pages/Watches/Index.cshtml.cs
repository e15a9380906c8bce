using System.Security.Claims;
using LegalReview.Data.Alerts;
using LegalReview.Web.Alerts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Watches;

/// <summary>The user's watches: create (from the "Theo dõi" buttons), change e-mail frequency, remove; feed links.</summary>
public sealed class IndexModel(WatchService watches, AlertInbox inbox, AlertLinks links) : PageModel
{
    public IReadOnlyList<Watch> Watches { get; private set; } = [];
    public string UserFeedUrl { get; private set; } = "";
    public AlertLinks Links => links;

    [TempData]
    public string? Message { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Watches = await watches.ListAsync(UserId, ct);
        UserFeedUrl = links.UserFeed(await inbox.FeedTokenAsync(UserId, ct));
    }

    public async Task<IActionResult> OnPostCreateAsync(
        WatchKind kind, long? documentId, string? provisionId, string? query, string? type, string? issuer, string? validity,
        int? year, string? topic, string? returnUrl, CancellationToken ct)
    {
        var (watch, error) = await watches.CreateAsync(UserId,
            new WatchRequest(kind, documentId, provisionId, query, Blank(type), Blank(issuer), Blank(validity), year, Blank(topic)), ct);
        Message = error ?? $"Đã theo dõi: {watch!.Name}. Thông báo sẽ vào Hộp thông báo.";
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        Message = await watches.DeleteAsync(UserId, id, ct) ? "Đã bỏ theo dõi." : "Không có mục theo dõi này.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostFrequencyAsync(long id, AlertFrequency frequency, CancellationToken ct)
    {
        Message = await watches.SetFrequencyAsync(UserId, id, frequency, ct) ? "Đã lưu tần suất nhận thư." : "Không có mục theo dõi này.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenewFeedAsync(CancellationToken ct)
    {
        await inbox.RenewFeedTokenAsync(UserId, ct);
        Message = "Đã đổi địa chỉ nguồn tin Atom; địa chỉ cũ không còn dùng được.";
        return RedirectToPage();
    }

    public static string KindName(WatchKind kind) => kind switch
    {
        WatchKind.Document => "Văn bản",
        WatchKind.Provision => "Điều, khoản",
        WatchKind.SavedSearch => "Tìm kiếm đã lưu",
        WatchKind.Neighbours => "Văn bản liên quan",
        _ => kind.ToString(),
    };

    public static string FrequencyName(AlertFrequency f) => f switch
    {
        AlertFrequency.Immediate => "Gửi thư ngay",
        AlertFrequency.Daily => "Thư tổng hợp hằng ngày",
        AlertFrequency.Weekly => "Thư tổng hợp hằng tuần",
        _ => "Không gửi thư",
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
