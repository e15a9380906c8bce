using LegalReview.Data.Auditing;

namespace LegalReview.Data.Findings;

/// <summary>
/// A flag of inconsistency between two or more provisions (phát hiện): type, severity, reasoning and legal basis,
/// with a workflow Open → Confirmed | Dismissed → Resolved. Change the status only through
/// <see cref="FindingService.TransitionAsync"/>, which enforces <see cref="FindingWorkflow"/>.
/// </summary>
public class Finding : IAuditable
{
    public long Id { get; set; }
    public string Title { get; set; } = "";
    public FindingType Type { get; set; }
    public FindingSeverity Severity { get; set; }
    public string Reasoning { get; set; } = "";

    /// <summary>The rule the assessment rests on ("Khoản 2 Điều 12 Luật Ban hành VBQPPL").</summary>
    public string LegalBasis { get; set; } = "";

    public FindingStatus Status { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who confirmed or dismissed, when, and why.</summary>
    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }

    public string? ResolvedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolutionNote { get; set; }

    /// <summary>The proposal (kiến nghị / đề xuất) that handles the finding, when resolved by one.</summary>
    public long? ResolutionProposalId { get; set; }

    /// <summary>The new document that handles the finding, when resolved by one.</summary>
    public long? ResolutionDocumentId { get; set; }

    /// <summary>The practice problem this finding came from, if any.</summary>
    public long? PracticeProblemId { get; set; }

    /// <summary>Key of the suggestion this finding was created from, so the suggestion is shown as taken.</summary>
    public string? SuggestionKey { get; set; }

    public int RowVersion { get; set; }

    public List<FindingProvision> Provisions { get; set; } = [];
}
