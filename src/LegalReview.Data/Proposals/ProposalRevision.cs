using LegalReview.Data.Auditing;

namespace LegalReview.Data.Proposals;

/// <summary>
/// A frozen copy of a proposal's content (header and items as JSON, see <see cref="ProposalSnapshot"/>), taken whenever
/// the content changed and at each workflow step, so any two revisions can be compared.
/// </summary>
public class ProposalRevision : IAuditable
{
    public long Id { get; set; }
    public long ProposalId { get; set; }
    public Proposal? Proposal { get; set; }

    /// <summary>1, 2, 3 … per proposal.</summary>
    public int Number { get; set; }

    /// <summary>Status the proposal had when the revision was taken.</summary>
    public ProposalStatus Status { get; set; }

    /// <summary>Why it was taken: "Lưu dự thảo", "Gửi duyệt", "Duyệt" …</summary>
    public string Note { get; set; } = "";

    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Serialized <see cref="ProposalSnapshot"/>.</summary>
    public string SnapshotJson { get; set; } = "";

    public int RowVersion { get; set; }
}
