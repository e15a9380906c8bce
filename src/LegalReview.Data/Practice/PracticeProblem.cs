using LegalReview.Data.Auditing;

namespace LegalReview.Data.Practice;

/// <summary>
/// A problem found in practice (vướng mắc trong thực tiễn) reported by a trade union, enterprise, citizen or agency,
/// linked to the provisions it concerns; it can be turned into a finding.
/// </summary>
public class PracticeProblem : IAuditable
{
    public long Id { get; set; }
    public PracticeSourceKind SourceKind { get; set; }

    /// <summary>Name of the reporter ("Công đoàn KCN Đồng Đăng", "Công ty TNHH …").</summary>
    public string SourceName { get; set; } = "";

    public DateOnly ReportedOn { get; set; }
    public string Description { get; set; } = "";
    public PracticeProblemStatus Status { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The finding this problem became, once converted.</summary>
    public long? FindingId { get; set; }

    public int RowVersion { get; set; }
    public List<PracticeProblemProvision> Provisions { get; set; } = [];
}
