namespace LegalReview.Search.Querying;

/// <summary>User-facing messages for queries that cannot run (Vietnamese, one line each).</summary>
public static class QueryMessages
{
    public const int MaxLength = 1000;

    public const string TooLong = "Câu tìm kiếm quá dài (tối đa 1.000 ký tự), hãy rút gọn lại.";
    public const string ControlCharacters = "Câu tìm kiếm chứa ký tự điều khiển không hợp lệ, hãy gõ lại.";
    public const string UnbalancedQuotes = "Thiếu dấu ngoặc kép đóng: cụm từ trong ngoặc kép phải có cả mở và đóng.";
    public const string EmptyPhrase = "Cặp ngoặc kép đang trống: hãy gõ cụm từ cần tìm vào giữa.";
    public const string UnbalancedParentheses = "Dấu ngoặc đơn chưa cân đối: mỗi \"(\" cần một \")\".";
    public const string OnlyExclusions = "Cần ít nhất một từ khóa để tìm (không chỉ có từ loại trừ).";
    public const string NoSearchableWords = "Câu tìm kiếm không có từ khóa nào có thể tìm được.";
    public const string InvalidFilter = "Bộ lọc hoặc trang kết quả không hợp lệ.";
    public const string TooComplex = "Câu tìm kiếm quá phức tạp (quá nhiều từ hoặc toán tử), hãy rút gọn lại.";
    public const string EngineUnavailable = "Dịch vụ tìm kiếm tạm thời không sẵn sàng, vui lòng thử lại sau.";

    public static string MissingOperand(string op) => $"Toán tử \"{op}\" cần có từ khóa ở cả hai bên.";

    public static string MissingNegated(string op) => $"Toán tử \"{op}\" cần có từ khóa ngay phía sau.";
}
