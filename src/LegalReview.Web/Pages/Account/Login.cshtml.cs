using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Account;

public sealed class LoginModel(
    SignInManager<IdentityUser> signIn, LegalReview.Web.Accounts.LoginThrottle throttle, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryAcquire(HttpContext))
        {
            Error = throttle.Message;
            logger.LogWarning("Login attempts throttled for {Address}", HttpContext.Connection.RemoteIpAddress);
            var refused = Page();
            refused.StatusCode = StatusCodes.Status429TooManyRequests;
            return refused;
        }

        if (string.IsNullOrWhiteSpace(Input.UserName) || string.IsNullOrEmpty(Input.Password))
        {
            Error = "Vui lòng nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(
            Input.UserName.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserName} signed in", Input.UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = result.IsLockedOut
            ? "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ít phút."
            : "Tên đăng nhập hoặc mật khẩu không đúng.";
        return Page();
    }

    public sealed class LoginInput
    {
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
        public bool RememberMe { get; set; }
    }
}
