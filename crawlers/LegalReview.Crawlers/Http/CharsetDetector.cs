using System.Text;
using System.Text.RegularExpressions;

namespace LegalReview.Crawlers.Http;

/// <summary>
/// Picks the encoding of a text body: the Content-Type charset, else a &lt;meta charset&gt;, else UTF-8 when the bytes
/// are valid UTF-8. A declared single-byte charset on bytes that are valid multi-byte UTF-8 is treated as a server
/// mistake (common on Vietnamese sites): UTF-8 wins and the mismatch is reported.
/// </summary>
public static partial class CharsetDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    static CharsetDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Detects the encoding; <paramref name="mismatch"/> is true when the declared charset was overruled.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset, out bool mismatch)
    {
        mismatch = false;
        var declared = TryGet(headerCharset) ?? TryGet(MetaCharset(body));
        var validUtf8 = IsValidUtf8(body, out var hasMultiByte);
        if (declared is null) return validUtf8 ? Encoding.UTF8 : Fallback();
        if (declared.CodePage == Encoding.UTF8.CodePage)
        {
            if (validUtf8) return Encoding.UTF8;
            mismatch = true;
            // Declared UTF-8 but it is not: Vietnamese legacy pages are mostly windows-1258.
            return TryGet(MetaCharset(body)) is { } meta && meta.CodePage != Encoding.UTF8.CodePage ? meta : Fallback();
        }
        if (validUtf8 && hasMultiByte && declared.IsSingleByte)
        {
            mismatch = true;
            return Encoding.UTF8;
        }
        return declared;
    }

    /// <summary>Whether a media type is text we decode (HTML, XML, JSON, plain text).</summary>
    public static bool IsText(string? mediaType) =>
        mediaType is not null && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || mediaType.Contains("json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase));

    private static Encoding Fallback() => Encoding.GetEncoding(1258);

    private static Encoding? TryGet(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try { return Encoding.GetEncoding(name.Trim().Trim('"', '\'')); }
        catch (ArgumentException) { return null; }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        // The meta tag must be in the first 1024 bytes (HTML spec prescan); ASCII view is enough to find it.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var match = MetaCharsetRegex().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> body, out bool hasMultiByte)
    {
        hasMultiByte = false;
        foreach (var b in body)
            if (b >= 0x80) { hasMultiByte = true; break; }
        if (!hasMultiByte) return true;
        try { StrictUtf8.GetCharCount(body); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetRegex();
}
