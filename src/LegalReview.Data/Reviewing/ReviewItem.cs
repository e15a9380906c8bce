using LegalReview.Core.Documents;
using LegalReview.Data.Auditing;

namespace LegalReview.Data.Reviewing;

/// <summary>
/// One document to review: in a campaign, or triggered by a new document (then <see cref="CampaignId"/> is null and
/// <see cref="Reason"/> names the triggering document). Its <see cref="Sheet"/> is the review sheet (phiếu rà soát).
/// </summary>
public class ReviewItem : IAuditable
{
    public long Id { get; set; }
    public long? CampaignId { get; set; }
    public ReviewCampaign? Campaign { get; set; }
    public long DocumentId { get; set; }
    public LegalDocument? Document { get; set; }
    public ReviewItemStatus Status { get; set; }

    /// <summary>User name of the reviewer; null until assigned.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Why the document must be reviewed (Vietnamese), e.g. the triggering document and the graph rule.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The document whose arrival opened a triggered item.</summary>
    public long? TriggerDocumentId { get; set; }

    /// <summary>The lead's latest comment (on return or approval).</summary>
    public string? LeadComment { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int RowVersion { get; set; }

    public ReviewSheet? Sheet { get; set; }
    public List<ReviewItemTransition> History { get; set; } = [];
}
