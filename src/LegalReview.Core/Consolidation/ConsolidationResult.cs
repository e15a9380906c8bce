using LegalReview.Core.Parsing;

namespace LegalReview.Core.Consolidation;

/// <summary>A consolidated version: the document with the instructions applied, the outcome of each and the footnotes.</summary>
public sealed record ConsolidationResult(
    ParsedDocument Document,
    IReadOnlyList<InstructionOutcome> Outcomes,
    IReadOnlyList<ProvisionNote> Notes)
{
    public int AppliedCount => Outcomes.Count(o => o.Status == InstructionStatus.Applied);

    public int UnresolvedCount => Outcomes.Count(o => o.Status == InstructionStatus.Unresolved);

    /// <summary>Applied share of the instructions that concern this document (skipped ones excluded); 1 when there are none.</summary>
    public double AppliedRate
    {
        get
        {
            var considered = Outcomes.Count(o => o.Status != InstructionStatus.Skipped);
            return considered == 0 ? 1 : (double)AppliedCount / considered;
        }
    }
}
