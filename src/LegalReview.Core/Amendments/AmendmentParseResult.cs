namespace LegalReview.Core.Amendments;

/// <summary>Everything <see cref="AmendmentInstructionParser"/> finds in one amending document.</summary>
/// <param name="Number">Number of the amending document ("46/2014/QH13"), empty when the header has none.</param>
/// <param name="EffectiveOn">Effective date stated in its final provisions.</param>
/// <param name="AmendedDocuments">Numbers of the documents it says it amends (preamble and article leads).</param>
/// <param name="Instructions">The instructions in document order.</param>
public sealed record AmendmentParseResult(
    string Number,
    DateOnly? EffectiveOn,
    IReadOnlyList<string> AmendedDocuments,
    IReadOnlyList<AmendmentInstruction> Instructions);
