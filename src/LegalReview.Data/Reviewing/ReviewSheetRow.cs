using LegalReview.Data.Auditing;

namespace LegalReview.Data.Reviewing;

/// <summary>One row of the sheet's findings table: reviewed provision | basis provision | assessment | handling.</summary>
public class ReviewSheetRow : IAuditable
{
    public long Id { get; set; }
    public long ReviewSheetId { get; set; }
    public int Order { get; set; }

    /// <summary>Quy định được rà soát, e.g. "Điều 35 khoản 1".</summary>
    public string ReviewedProvision { get; set; } = "";

    /// <summary>Quy định là căn cứ rà soát, e.g. "Điều 5 Luật 12/2022/QH15".</summary>
    public string BasisProvision { get; set; } = "";

    public ReviewAssessment Assessment { get; set; }

    /// <summary>Reasoning for the assessment.</summary>
    public string Reasoning { get; set; } = "";

    public ReviewRecommendation ProposedHandling { get; set; }
    public int RowVersion { get; set; }
}
