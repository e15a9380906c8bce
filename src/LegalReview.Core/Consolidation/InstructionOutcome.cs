using LegalReview.Core.Amendments;

namespace LegalReview.Core.Consolidation;

/// <summary>The fate of one instruction: applied (with the unit changed and its footnote), unresolved or skipped with a reason.</summary>
/// <param name="Instruction">The instruction.</param>
/// <param name="Status">Applied, Unresolved or Skipped.</param>
/// <param name="Reason">Why it was not applied (Vietnamese, shown to reviewers); when applied, null or a remark the
/// reviewer should read (a described-content repeal keeps the words).</param>
/// <param name="ProvisionId">Stable id of the unit changed in the consolidated document.</param>
/// <param name="Note">VBHN-style footnote attached to that unit.</param>
public sealed record InstructionOutcome(
    AmendmentInstruction Instruction,
    InstructionStatus Status,
    string? Reason = null,
    string? ProvisionId = null,
    string? Note = null);
