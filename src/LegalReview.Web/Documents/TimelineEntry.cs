namespace LegalReview.Web.Documents;

/// <summary>One version of a provision: in force from <see cref="From"/> until <see cref="Until"/>, and what changed it.</summary>
/// <param name="From">First day (the document's effective date for the original text); null when unknown.</param>
/// <param name="Until">Last day, null while still in force.</param>
/// <param name="Text">The provision with its sub-units as plain text; empty when the unit did not exist then.</param>
/// <param name="VersionNumber">Document version that holds this text.</param>
/// <param name="ChangedBy">Amending documents whose instructions produced this text (empty for the original).</param>
public sealed record TimelineEntry(
    DateOnly? From,
    DateOnly? Until,
    string Text,
    int VersionNumber,
    IReadOnlyList<(long Id, string Number)> ChangedBy);
