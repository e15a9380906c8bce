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
        (Heading, Message) = code switch
        {
            404 => ("Không tìm thấy", "Trang hoặc văn bản bạn yêu cầu không tồn tại."),
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép xem trang này."),
            401 => ("Cần đăng nhập", "Vui lòng đăng nhập để tiếp tục."),
            413 => ("Tệp quá lớn", "Tệp vượt quá giới hạn 50 MB."),
            _ => (Heading, Message),
        };
    }
}
