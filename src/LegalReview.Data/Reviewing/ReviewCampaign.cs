using LegalReview.Core.Documents;
using LegalReview.Data.Auditing;

namespace LegalReview.Data.Reviewing;

/// <summary>
/// A thematic review campaign (đợt rà soát theo chuyên đề): a named scope of documents reviewed as of a cut-off date
/// by its assignees; one <see cref="ReviewItem"/> per document in scope.
/// </summary>
public class ReviewCampaign : IAuditable
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Thời điểm rà soát: documents issued after it are out of scope; validity is judged as of it.</summary>
    public DateOnly CutoffDate { get; set; }

    public CampaignScopeKind ScopeKind { get; set; }

    /// <summary>Search text when <see cref="ScopeKind"/> is <see cref="CampaignScopeKind.SearchQuery"/>.</summary>
    public string? ScopeQuery { get; set; }

    public DocumentType? ScopeType { get; set; }
    public string? ScopeIssuer { get; set; }
    public Validity? ScopeValidity { get; set; }
    public int? ScopeYearFrom { get; set; }
    public int? ScopeYearTo { get; set; }

    /// <summary>User names of the reviewers, semicolon separated (both providers store it alike).</summary>
    public string Assignees { get; set; } = "";

    public bool IsClosed { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public int RowVersion { get; set; }

    public List<ReviewItem> Items { get; set; } = [];

    /// <summary>The assignees as a list.</summary>
    public IReadOnlyList<string> AssigneeList =>
        Assignees.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
