namespace LegalReview.Data.Search;

/// <summary>What one <see cref="SearchOutboxDrainer.DrainAsync"/> pass did, and how many entries are still pending.</summary>
public sealed record SearchDrainResult(int DocumentsIndexed, int EntriesProcessed, int EntriesFailed, int Pending);
