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
    string? Topic = null)
{
    // Factories keep the Razor call sites free of string literals inside attribute values.
    public static WatchButton ForDocument(long documentId) =>
        new(WatchKind.Document, $"/documents/{documentId}", "Theo dõi văn bản", documentId);

    public static WatchButton ForNeighbours(long documentId) =>
        new(WatchKind.Neighbours, $"/documents/{documentId}", "Theo dõi văn bản hướng dẫn, căn cứ", documentId);

    // The document page's per-article buttons share one form instead (DocumentBodyRenderer); this is the timeline's.
    public static WatchButton ForProvision(long documentId, string provisionId) =>
        new(WatchKind.Provision, $"/documents/{documentId}/timeline?p={Uri.EscapeDataString(provisionId)}",
            "Theo dõi điều, khoản này", documentId, provisionId);

    public static WatchButton ForSearch(string returnUrl, string? query, string? type, string? issuer, string? validity, int? year, string? topic) =>
        new(WatchKind.SavedSearch, returnUrl, "Lưu tìm kiếm và theo dõi", Query: query, Type: type, Issuer: issuer, Validity: validity,
            Year: year, Topic: topic);
}
