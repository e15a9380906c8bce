using LegalReview.Data.Alerts;

namespace LegalReview.Web.Alerts;

/// <summary>Model of the "Theo dõi" partial (Pages/Watches/_WatchButton.cshtml): what to watch and where to come back.</summary>
public sealed record WatchButton(
    WatchKind Kind,
    string ReturnUrl,
    string Label = "Theo dõi",
    long? DocumentId = null,
    string? ProvisionId = null,
    string? Query = null,
    string? Type = null,
    string? Issuer = null,
    string? Validity = null,
    int? Year = null,
    string? Topic = null,
    bool Compact = false)
{
    // Factories keep the Razor call sites free of string literals inside attribute values.
    public static WatchButton ForDocument(long documentId) =>
        new(WatchKind.Document, $"/documents/{documentId}", "Theo dõi văn bản", documentId);

    public static WatchButton ForNeighbours(long documentId) =>
        new(WatchKind.Neighbours, $"/documents/{documentId}", "Theo dõi văn bản hướng dẫn, căn cứ", documentId);

    public static WatchButton ForProvision(long documentId, string provisionId, bool compact) =>
        new(WatchKind.Provision,
            compact ? $"/documents/{documentId}#{provisionId}" : $"/documents/{documentId}/timeline?p={Uri.EscapeDataString(provisionId)}",
            compact ? "Theo dõi" : "Theo dõi điều, khoản này", documentId, provisionId, Compact: compact);

    public static WatchButton ForSearch(string returnUrl, string? query, string? type, string? issuer, string? validity, int? year, string? topic) =>
        new(WatchKind.SavedSearch, returnUrl, "Lưu tìm kiếm và theo dõi", Query: query, Type: type, Issuer: issuer, Validity: validity,
            Year: year, Topic: topic);
}
