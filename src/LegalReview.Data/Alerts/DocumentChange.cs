namespace LegalReview.Data.Alerts;

/// <summary>
/// What one change event did to one document: the event's own document, or a document it amends (whose consolidated
/// text changed in the same import).
/// </summary>
/// <param name="Title">One Vietnamese line for the notification.</param>
/// <param name="Units">Changed provisions (all of them for a new document); empty for validity or relation changes.</param>
/// <param name="Entries">Articles and clauses holding the changes, as the search index holds them (for saved searches).</param>
/// <param name="CausedBy">Number of the amending document, when the change comes from one.</param>
public sealed record DocumentChange(
    PercolatorDocument Document,
    string Title,
    IReadOnlyList<ChangedUnit> Units,
    IReadOnlyList<PercolatorProvision> Entries,
    string? CausedBy);
