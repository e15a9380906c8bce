namespace LegalReview.Data.Importing;

/// <summary>Progress of a sample corpus import: files done of total, and how they ended.</summary>
public sealed record SampleImportProgress(
    int Done, int Total, string? CurrentFile, int Imported, int Unchanged, int Rejected);
