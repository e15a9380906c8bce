using System.Text;
using System.Text.RegularExpressions;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Importing;

/// <summary>
/// Decodes text bytes of unknown encoding: BOM first (UTF-8, UTF-16 LE/BE), then strict UTF-8, then a declared
/// charset (HTML meta), then Windows-1258, the legacy Vietnamese Windows code page. Rejects binary content.
/// </summary>
internal static partial class TextDecoder
{
    private const double MaxControlCharRatio = 0.01;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string? declaredCharset = null)
    {
        string text;
        if (HasPrefix(bytes, [0xEF, 0xBB, 0xBF]))
            text = DecodeStrictUtf8(bytes, 3) ?? throw NotText();
        else if (HasPrefix(bytes, [0xFF, 0xFE]))
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (HasPrefix(bytes, [0xFE, 0xFF]))
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else
        {
            // UTF-16 without a BOM and binary files both carry NUL bytes; neither is a text we can read safely.
            if (Array.IndexOf(bytes, (byte)0) >= 0)
                throw NotText();
            text = DecodeStrictUtf8(bytes, 0)
                ?? DecodeLegacy(bytes, declaredCharset)
                ?? throw new DocumentRejectedException(
                    "Tệp không phải UTF-8 và không nhận ra bảng mã; hãy lưu lại tệp với bảng mã UTF-8.");
        }

        if (ControlCharRatio(text) > MaxControlCharRatio)
            throw NotText();
        return text;
    }

    /// <summary>The charset named by an HTML &lt;meta charset&gt; or http-equiv Content-Type in the first 4 KB, if any.</summary>
    public static string? FindHtmlMetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static string? DecodeStrictUtf8(byte[] bytes, int offset)
    {
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? DecodeLegacy(byte[] bytes, string? declaredCharset)
    {
        var encoding = (declaredCharset is null ? null : TryGetEncoding(declaredCharset)) ?? TryGetEncoding("windows-1258");
        return encoding?.GetString(bytes);
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            // The code-page provider is asked directly so that importing does not register it process-wide.
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static double ControlCharRatio(string text)
    {
        if (text.Length == 0)
            return 0;
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
                controls++;
        }
        return (double)controls / text.Length;
    }

    private static bool HasPrefix(byte[] bytes, ReadOnlySpan<byte> prefix) =>
        bytes.Length >= prefix.Length && bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix);

    private static DocumentRejectedException NotText() =>
        new("Tệp không phải văn bản (chứa dữ liệu nhị phân); chỉ nhận .txt, .html, .docx, .pdf.");

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
