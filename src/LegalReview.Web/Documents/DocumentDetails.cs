using LegalReview.Core.Documents;

namespace LegalReview.Web.Documents;

/// <summary>
/// A document with one of its versions (the latest unless asked). The version's provisions are not part of it: the
/// page body comes from <see cref="DocumentBodyCache"/>, which loads them only when it has to render.
/// </summary>
public sealed record DocumentDetails(
    LegalDocument Document,
    IReadOnlyList<EnactingBasis> Bases,
    IReadOnlyList<VersionSummary> Versions,
    VersionSummary Version,
    long VersionId)
{
    /// <summary>SHA-256 of the displayed version's normalized text (part of the body cache key).</summary>
    public string TextSha256 { get; init; } = "";

    /// <summary>Version number of every version id of the document.</summary>
    public IReadOnlyDictionary<long, int> VersionNumbers { get; init; } = new Dictionary<long, int>();

    /// <summary>The latest retrieved version (consolidated versions are computed views, never "the latest").</summary>
    public bool IsLatest => Version.VersionNumber == Versions.Where(v => !v.IsConsolidated).Max(v => (int?)v.VersionNumber);

    /// <summary>The date asked with ?asOf=, when the page shows the text in force on that date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Instructions of amending documents that consolidation could not apply to this document, or applied
    /// with a remark for the reviewer (content repealed by description, its words kept).</summary>
    public IReadOnlyList<InstructionRecord> InstructionsToReview { get; init; } = [];

    /// <summary>The instructions to review that consolidation could not apply.</summary>
    public IEnumerable<InstructionRecord> Unresolved => InstructionsToReview.Where(r => r.Status != "Applied");

    /// <summary>The instructions to review that were applied as a note only (their remark says why).</summary>
    public IEnumerable<InstructionRecord> AppliedAsNotes => InstructionsToReview.Where(r => r.Status == "Applied");

    /// <summary>VBHN-style notes per stable id, for a consolidated version.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Notes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The version before this one in the list (for "compare with previous"), if any.</summary>
    public VersionSummary? Previous => Versions.Where(v => v.VersionNumber < Version.VersionNumber).MaxBy(v => v.VersionNumber);

    /// <summary>The newest consolidated version, if any.</summary>
    public VersionSummary? LatestConsolidated => Versions.Where(v => v.IsConsolidated).MaxBy(v => v.ConsolidatedAsOf);
}
