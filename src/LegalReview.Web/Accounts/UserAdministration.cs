using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Accounts;

/// <summary>
/// User administration for the Admin page: create with a role, reset password, lock/unlock, change role. Each
/// method returns null on success or a one-line Vietnamese reason.
/// </summary>
public sealed class UserAdministration(UserManager<IdentityUser> users, TimeProvider time, ILogger<UserAdministration> logger)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct)
    {
        var list = await users.Users.OrderBy(u => u.UserName).ToListAsync(ct);
        var now = time.GetUtcNow();
        var result = new List<UserSummary>(list.Count);
        foreach (var user in list)
        {
            var roles = await users.GetRolesAsync(user);
            result.Add(new UserSummary(
                user.Id, user.UserName ?? "", roles.FirstOrDefault(), user.LockoutEnd > now, user.LockoutEnd));
        }

        return result;
    }

    /// <summary>User names holding <paramref name="role"/>, for assignment lists.</summary>
    public async Task<IReadOnlyList<string>> UserNamesInRoleAsync(string role) =>
        (await users.GetUsersInRoleAsync(role)).Select(u => u.UserName ?? "").Where(n => n.Length > 0).Order().ToList();

    public async Task<string?> CreateAsync(string userName, string password, string role)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return "Cần nhập tên đăng nhập và mật khẩu.";
        }

        if (!Roles.All.Contains(role))
        {
            return "Vai trò không hợp lệ.";
        }

        if (await users.FindByNameAsync(userName.Trim()) is not null)
        {
            return $"Tên đăng nhập “{userName.Trim()}” đã tồn tại.";
        }

        var user = new IdentityUser(userName.Trim());
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Describe(created);
        }

        var added = await users.AddToRoleAsync(user, role);
        logger.LogInformation("Created user {UserName} with role {Role}", user.UserName, role);
        return added.Succeeded ? null : Describe(added);
    }

    public async Task<string?> ResetPasswordAsync(string id, string newPassword)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return "Không tìm thấy người dùng.";
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (reset.Succeeded)
        {
            logger.LogInformation("Password of {UserName} reset by an administrator", user.UserName);
        }

        return reset.Succeeded ? null : Describe(reset);
    }

    public async Task<string?> SetLockedAsync(string id, bool locked, string currentUserName)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return "Không tìm thấy người dùng.";
        }

        if (locked && string.Equals(user.UserName, currentUserName, StringComparison.OrdinalIgnoreCase))
        {
            return "Không thể tự khóa tài khoản của chính mình.";
        }

        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return result.Succeeded ? null : Describe(result);
    }

    public async Task<string?> ChangeRoleAsync(string id, string role, string currentUserName)
    {
        if (!Roles.All.Contains(role))
        {
            return "Vai trò không hợp lệ.";
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return "Không tìm thấy người dùng.";
        }

        if (role != Roles.Admin && string.Equals(user.UserName, currentUserName, StringComparison.OrdinalIgnoreCase))
        {
            return "Không thể tự bỏ quyền quản trị của chính mình.";
        }

        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        if (!removed.Succeeded)
        {
            return Describe(removed);
        }

        var added = await users.AddToRoleAsync(user, role);
        // The changed role must take effect now, not when the old cookie expires.
        await users.UpdateSecurityStampAsync(user);
        return added.Succeeded ? null : Describe(added);
    }

    private static string Describe(IdentityResult result) =>
        "Không thực hiện được: " + string.Join(" ", result.Errors.Select(e => e.Description));
}
