using LegalReview.Data.Auditing;

namespace LegalReview.Data.Proposals;

/// <summary>
/// A recommendation (kiến nghị) to a competent authority to amend, supplement, replace or repeal provisions, drafted
/// by a reviewer, approved by the review lead, sent as an official letter and followed until the answer is recorded.
/// Status changes only through <see cref="ProposalWorkflow"/>; content changes only while a draft.
/// </summary>
public class Proposal : IAuditable
{
    public long Id { get; set; }

    /// <summary>Subject after "V/v ": "kiến nghị sửa đổi, bổ sung Bộ luật Lao động số 45/2019/QH14".</summary>
    public string Subject { get; set; } = "";

    /// <summary>Addressee authorities ("Kính gửi"), one per line.</summary>
    public string Addressees { get; set; } = "";

    /// <summary>Occasion: the plan or the triggering document.</summary>
    public string Occasion { get; set; } = "";

    /// <summary>Legal basis lines ("Căn cứ …"), one per line, without "Căn cứ".</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>"Nơi nhận" lines besides the archive line.</summary>
    public string Recipients { get; set; } = "Như trên";

    public ProposalStatus Status { get; set; }

    /// <summary>Sequence number given by the clerk when the letter is sent ("12" in "12/STP-NV1").</summary>
    public string? NumberSequence { get; set; }

    public DateOnly? SentOn { get; set; }

    /// <summary>Lead's note when returning the draft for changes.</summary>
    public string? ReturnNote { get; set; }

    public ProposalResponse? Response { get; set; }

    /// <summary>The answering document: "Công văn số 456/BNV-PC ngày 20/02/2026 của Bộ Nội vụ".</summary>
    public string? ResponseDocument { get; set; }

    public string? ResponseNote { get; set; }
    public DateOnly? RespondedOn { get; set; }

    /// <summary>The finding this proposal was created from, when any.</summary>
    public long? FindingId { get; set; }

    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public int RowVersion { get; set; }

    public List<ProposalItem> Items { get; set; } = [];
    public List<ProposalRevision> Revisions { get; set; } = [];

    /// <summary>Lines of a multi-line field, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
