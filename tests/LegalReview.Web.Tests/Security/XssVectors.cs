namespace LegalReview.Web.Tests.Security;

/// <summary>Vectors from the OWASP XSS Filter Evasion Cheat Sheet (a representative subset), one per line of a test document.</summary>
internal static class XssVectors
{
    public static readonly IReadOnlyList<string> All =
    [
        "<script>alert('XSS')</script>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert('XSS')>",
        "<body onload=alert('XSS')>",
        "<iframe src=\"javascript:alert('XSS');\"></iframe>",
        "<a href=\"javascript:alert(1)\">bấm vào đây</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<base href=\"javascript:alert(1)//\">",
        "javascript:alert(document.cookie)",
    ];

    /// <summary>A small resolution of a provincial council whose title, articles and clauses carry the vectors.</summary>
    public static IReadOnlyList<string> DocumentLines(string number) =>
    [
        "HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN",
        "Số: " + number,
        "NGHỊ QUYẾT",
        "Quy định mức hỗ trợ " + All[0] + All[3],
        "HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "QUYẾT NGHỊ:",
        "Điều 1. Phạm vi điều chỉnh " + All[4],
        .. All.Select((v, i) => $"{i + 1}. Khoản thử {i + 1}: {v}"),
        "Điều 2. Hiệu lực thi hành " + All[7],
        "Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2025.",
    ];
}
