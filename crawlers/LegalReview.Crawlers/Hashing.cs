using System.Security.Cryptography;

namespace LegalReview.Crawlers;

/// <summary>SHA-256 as lower-case hex, the form stored for snapshots and crawl state.</summary>
public static class Hashing
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
