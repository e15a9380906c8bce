namespace LegalReview.Core.Consolidation;

/// <summary>What happened to one instruction during consolidation.</summary>
public enum InstructionStatus
{
    Applied,

    /// <summary>Not applied because its target or text could not be resolved; a human must look (never guessed).</summary>
    Unresolved,

    /// <summary>Not applied on purpose: it amends another document, or is not yet in force on the as-of date.</summary>
    Skipped,
}
