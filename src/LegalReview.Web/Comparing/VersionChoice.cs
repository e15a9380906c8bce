namespace LegalReview.Web.Comparing;

/// <summary>One entry of the compare page's selects: a document version ("12-3" = document 12, version 3).</summary>
public sealed record VersionChoice(string Key, string Label)
{
    public static string KeyOf(long documentId, int versionNumber) => $"{documentId}-{versionNumber}";

    /// <summary>Parses "12-3" (or "12" for the latest retrieved version).</summary>
    public static bool TryParse(string? key, out long documentId, out int? versionNumber)
    {
        documentId = 0;
        versionNumber = null;
        if (string.IsNullOrWhiteSpace(key)) return false;
        var parts = key.Split('-', 2);
        if (!long.TryParse(parts[0], out documentId)) return false;
        if (parts.Length == 1) return true;
        if (!int.TryParse(parts[1], out var v)) return false;
        versionNumber = v;
        return true;
    }
}
