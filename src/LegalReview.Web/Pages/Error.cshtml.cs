using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Đã xảy ra lỗi";
    public string Message { get; private set; } = "Yêu cầu không xử lý được. Vui lòng thử lại sau.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // A re-executed POST whose form could not be read (e.g. too large) binds no code; the status is still set.
        code ??= Response.StatusCode >= 400 ? Response.StatusCode : null;
        (Heading, Message) = code switch
        {
            404 => ("Không tìm thấy", "Trang hoặc văn bản bạn yêu cầu không tồn tại."),
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép xem trang này."),
            401 => ("Cần đăng nhập", "Vui lòng đăng nhập để tiếp tục."),
            413 => ("Tệp quá lớn", "Tệp vượt quá giới hạn 50 MB."),
            // Antiforgery failures and oversized forms both end here; say what the user can do about either.
            400 => ("Yêu cầu không hợp lệ", "Biểu mẫu đã hết hạn hoặc tệp vượt quá giới hạn 50 MB. Vui lòng tải lại trang rồi thử lại."),
            429 => ("Quá nhiều yêu cầu", "Vui lòng thử lại sau một phút."),
            _ => (Heading, Message),
        };
    }
}
