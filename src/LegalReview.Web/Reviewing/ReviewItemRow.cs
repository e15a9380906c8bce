using LegalReview.Data.Reviewing;

namespace LegalReview.Web.Reviewing;

/// <summary>A review item as the lists show it.</summary>
public sealed record ReviewItemRow(
    long Id,
    long DocumentId,
    string DocumentNumber,
    string DocumentTitle,
    string DocumentType,
    ReviewItemStatus Status,
    string? AssignedTo,
    string Reason,
    long? CampaignId,
    string? CampaignName,
    DateTimeOffset UpdatedAt)
{
    /// <summary>CSS modifier of the status badge.</summary>
    public string StatusClass => "rv-status-" + Status.ToString().ToLowerInvariant();
}
