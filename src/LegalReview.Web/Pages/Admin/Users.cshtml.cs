using LegalReview.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Admin;

/// <summary>User administration (Admin): create with a role, reset password, lock/unlock, change role.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.AdminPolicy)]
public sealed class UsersModel(UserAdministration users) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? password, string? role) =>
        Done(await users.CreateAsync(userName ?? "", password ?? "", role ?? ""), $"Đã tạo tài khoản {userName}.");

    public async Task<IActionResult> OnPostResetPasswordAsync(string? id, string? password) =>
        Done(await users.ResetPasswordAsync(id ?? "", password ?? ""), "Đã đặt lại mật khẩu.");

    public async Task<IActionResult> OnPostLockAsync(string? id) =>
        Done(await users.SetLockedAsync(id ?? "", true, User.Identity?.Name ?? ""), "Đã khóa tài khoản.");

    public async Task<IActionResult> OnPostUnlockAsync(string? id) =>
        Done(await users.SetLockedAsync(id ?? "", false, User.Identity?.Name ?? ""), "Đã mở khóa tài khoản.");

    public async Task<IActionResult> OnPostChangeRoleAsync(string? id, string? role) =>
        Done(await users.ChangeRoleAsync(id ?? "", role ?? "", User.Identity?.Name ?? ""), "Đã đổi vai trò.");

    private RedirectResult Done(string? error, string message)
    {
        if (error is null)
        {
            Message = message;
        }
        else
        {
            Error = error;
        }

        return Redirect("/admin/users");
    }
}
