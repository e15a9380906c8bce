namespace LegalReview.Data.Proposals;

/// <summary>What changed between two revisions: header fields and items, each with an inline redline (HTML, encoded).</summary>
public sealed record ProposalRevisionComparison(
    int From,
    int To,
    IReadOnlyList<ProposalFieldChange> Fields,
    IReadOnlyList<ProposalItemChange> Items)
{
    public bool HasChanges => Fields.Count > 0 || Items.Any(i => i.Kind != ProposalItemChangeKind.Unchanged);
}

/// <summary>A changed header field ("Trích yếu", "Kính gửi" …) with its redline.</summary>
public sealed record ProposalFieldChange(string Field, string InlineHtml);

/// <summary>An item in the later revision, the earlier one or both.</summary>
public sealed record ProposalItemChange(
    string TargetProvision,
    ProposalItemChangeKind Kind,
    string? ActionChange,
    string ProposedHtml,
    string ReasoningHtml);

/// <summary>How an item differs between two revisions.</summary>
public enum ProposalItemChangeKind
{
    Unchanged,
    Changed,
    Added,
    Removed,
}
