using LegalReview.Core.Documents;
using LegalReview.Data.Auditing;

namespace LegalReview.Data.Reviewing;

/// <summary>The review sheet (phiếu rà soát) of one review item (DOMAIN.md §3).</summary>
public class ReviewSheet : IAuditable
{
    public long Id { get; set; }
    public long ReviewItemId { get; set; }
    public ReviewItem? Item { get; set; }

    /// <summary>Đơn vị rà soát.</summary>
    public string ReviewingUnit { get; set; } = "";

    /// <summary>Văn bản là căn cứ để rà soát, with the exact articles/clauses; one basis per line.</summary>
    public string BasisDocuments { get; set; } = "";

    /// <summary>Conclusion on the document's validity as of the cut-off date.</summary>
    public Validity? ValidityConclusion { get; set; }

    public string Conclusion { get; set; } = "";
    public ReviewRecommendation? Recommendation { get; set; }

    /// <summary>Cơ quan có thẩm quyền xử lý.</summary>
    public string CompetentBody { get; set; } = "";

    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public int RowVersion { get; set; }

    public List<ReviewSheetRow> Rows { get; set; } = [];
}
