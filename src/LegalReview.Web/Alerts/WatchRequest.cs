using LegalReview.Data.Alerts;

namespace LegalReview.Web.Alerts;

/// <summary>What the "Theo dõi" button posts: the kind and its target (document, provision, or search text + filters).</summary>
public sealed record WatchRequest(
    WatchKind Kind,
    long? DocumentId = null,
    string? ProvisionId = null,
    string? Query = null,
    string? Type = null,
    string? Issuer = null,
    string? Validity = null,
    int? Year = null,
    string? Topic = null,
    AlertFrequency Frequency = AlertFrequency.Immediate);
