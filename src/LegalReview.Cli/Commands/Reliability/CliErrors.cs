using System.CommandLine;
using Microsoft.Data.Sqlite;

namespace LegalReview.Cli.Commands.Reliability;

/// <summary>
/// Turns environment failures (bad configuration, a data folder that is a file, read-only or full) into one
/// "Lỗi: …" line and exit code 2 instead of a stack trace. Bugs still surface: other exceptions keep their trace.
/// </summary>
public static class CliErrors
{
    public const int EnvironmentError = 2;

    public static async Task<int> InvokeAsync(ParseResult parsed)
    {
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            Console.Error.WriteLine("Lỗi: " + message);
            return EnvironmentError;
        }
    }

    /// <returns>A one-line reason for a known environment failure; null for anything else.</returns>
    public static string? Describe(Exception ex) => ex switch
    {
        OperationCanceledException => "đã hủy.",
        SqliteException { SqliteErrorCode: 13 } => "ổ đĩa đầy, không ghi được cơ sở dữ liệu (SQLITE_FULL). Giải phóng dung lượng rồi chạy lại; dữ liệu đã có không bị ảnh hưởng.",
        SqliteException { SqliteErrorCode: 8 } => "thư mục dữ liệu hoặc tệp cơ sở dữ liệu chỉ đọc (SQLITE_READONLY); kiểm tra quyền ghi của thư mục --data.",
        SqliteException { SqliteErrorCode: 14 } => "không mở được tệp cơ sở dữ liệu (SQLITE_CANTOPEN); kiểm tra thư mục --data có tồn tại và ghi được.",
        SqliteException { SqliteErrorCode: 11 or 26 } s => "tệp cơ sở dữ liệu hỏng hoặc không phải SQLite: " + s.Message,
        IOException io when io.HResult == 28 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) =>
            "ổ đĩa đầy (không còn chỗ trống): " + io.Message,
        IOException io when io.HResult == 30 || io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) =>
            "thư mục dữ liệu chỉ đọc (read-only file system); kiểm tra quyền ghi hoặc cách gắn ổ của thư mục --data: " + io.Message,
        IOException io when io.Message.Contains("already exists", StringComparison.Ordinal) =>
            "không tạo được thư mục dữ liệu vì đã có một tệp cùng tên: " + io.Message + " (--data phải là một thư mục).",
        UnauthorizedAccessException u => "không có quyền ghi (thư mục chỉ đọc?): " + u.Message,
        IOException io => io.Message,
        // Configuration checks (DatabaseSettings, search setup) throw InvalidOperationException naming the key.
        InvalidOperationException config when config.Message.StartsWith("Configuration ", StringComparison.Ordinal)
            || config.Message.Contains("Database:Provider", StringComparison.Ordinal)
            || config.Message.Contains("ConnectionStrings", StringComparison.Ordinal)
            || config.Message.Contains("Search:", StringComparison.Ordinal) => config.Message,
        _ when ex.InnerException is { } inner => Describe(inner),
        _ => null,
    };
}
