using LegalReview.Core.Proposals;
using LegalReview.Data.Auditing;

namespace LegalReview.Data.Proposals;

/// <summary>
/// One recommendation in a proposal: the target provision, the action, the current wording (filled from the document's
/// latest version), the reviewer's proposed wording and the reasons. The redline is computed, never stored.
/// </summary>
public class ProposalItem : IAuditable
{
    public long Id { get; set; }
    public long ProposalId { get; set; }
    public Proposal? Proposal { get; set; }

    /// <summary>Position in the letter (1, 2, 3 …).</summary>
    public int Order { get; set; }

    /// <summary>Document the provision belongs to (null for "issue new" without a target document).</summary>
    public long? DocumentId { get; set; }

    /// <summary>Stable id of the target provision ("chuong-3/dieu-35/khoan-1"), null when proposing a new unit.</summary>
    public string? ProvisionStableId { get; set; }

    /// <summary>The provision as the letter cites it: "khoản 1 Điều 35 Bộ luật Lao động số 45/2019/QH14".</summary>
    public string TargetProvision { get; set; } = "";

    public ProposalAction Action { get; set; }
    public string CurrentText { get; set; } = "";
    public string ProposedText { get; set; } = "";
    public string Reasoning { get; set; } = "";

    /// <summary>Findings the item answers, one per line (summary text, so the letter can quote them).</summary>
    public string LinkedFindings { get; set; } = "";

    public int RowVersion { get; set; }
}
