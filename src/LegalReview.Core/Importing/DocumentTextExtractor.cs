using System.Text;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Importing;

/// <summary>
/// Turns the bytes of a .txt, .html, .docx or .pdf file into paragraphs, in reading order.
/// The format is chosen by content sniffing first (zip → docx, %PDF → pdf, HTML markup → html) and by the extension second,
/// because crawled and uploaded files are often misnamed. Text is not normalized here (NFC, whitespace): the parser does that.
/// </summary>
public static class DocumentTextExtractor
{
    private const string SupportedTypes = ".txt, .html/.htm, .docx, .pdf";

    /// <summary>Extracts paragraphs with the default limits (<see cref="DocumentExtractionOptions.Default"/>).</summary>
    /// <exception cref="DocumentRejectedException">The file is empty, binary, corrupt, too large or of an unsupported type.</exception>
    public static ExtractedText Extract(string fileName, byte[] bytes) =>
        Extract(fileName, bytes, DocumentExtractionOptions.Default);

    /// <summary>Extracts paragraphs with the given limits.</summary>
    /// <exception cref="DocumentRejectedException">The file is empty, binary, corrupt, too large or of an unsupported type.</exception>
    public static ExtractedText Extract(string fileName, byte[] bytes, DocumentExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes is null || bytes.Length == 0)
            throw new DocumentRejectedException("Tệp rỗng: không có nội dung để nhập.");
        if (bytes.LongLength > options.MaxBytes)
            throw new DocumentRejectedException(
                $"Tệp quá lớn ({FormatMegabytes(bytes.LongLength)}), vượt giới hạn {FormatMegabytes(options.MaxBytes)}.");

        return Detect(fileName, bytes) switch
        {
            ImportFormat.Docx => DocxExtractor.Extract(bytes, options),
            ImportFormat.Pdf => PdfExtractor.Extract(bytes),
            ImportFormat.Html => HtmlExtractor.Extract(bytes),
            ImportFormat.Text => TxtExtractor.Extract(bytes),
            ImportFormat.LegacyWord => throw new DocumentRejectedException(
                "Tệp Word 97-2003 (.doc) chưa được hỗ trợ: hãy lưu lại thành .docx rồi nhập."),
            _ => throw new DocumentRejectedException(
                $"Định dạng tệp không được hỗ trợ ({DescribeExtension(fileName)}); chỉ nhận {SupportedTypes}."),
        };
    }

    internal static ImportFormat Detect(string? fileName, byte[] bytes)
    {
        if (StartsWith(bytes, 0, "PK\u0003\u0004"u8) || StartsWith(bytes, 0, "PK\u0005\u0006"u8))
            return ImportFormat.Docx;
        if (IndexOf(bytes, "%PDF-"u8, 1024) >= 0)
            return ImportFormat.Pdf;
        if (StartsWith(bytes, 0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return ImportFormat.LegacyWord;
        if (LooksLikeHtml(bytes))
            return ImportFormat.Html;

        return Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
        {
            ".txt" or ".text" => ImportFormat.Text,
            ".html" or ".htm" or ".xhtml" => ImportFormat.Html,
            ".docx" => ImportFormat.Docx,
            ".pdf" => ImportFormat.Pdf,
            ".doc" => ImportFormat.LegacyWord,
            _ => ImportFormat.Unknown,
        };
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        // Only an ASCII window is needed: HTML markers are ASCII in UTF-8, Windows-125x and with a UTF-8 BOM.
        var start = StartsWith(bytes, 0, [0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            start++;
        if (start >= bytes.Length || bytes[start] != (byte)'<')
            return false;
        var head = Encoding.Latin1.GetString(bytes, start, Math.Min(4096, bytes.Length - start)).ToLowerInvariant();
        string[] markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<table", "<br"];
        return markers.Any(head.Contains);
    }

    private static bool StartsWith(byte[] bytes, int offset, ReadOnlySpan<byte> prefix) =>
        bytes.Length - offset >= prefix.Length && bytes.AsSpan(offset, prefix.Length).SequenceEqual(prefix);

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> needle, int window) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, window)).IndexOf(needle);

    private static string DescribeExtension(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        return string.IsNullOrEmpty(extension) ? "không có phần mở rộng" : extension;
    }

    private static string FormatMegabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024d):0.#} MB");
}
