namespace LegalReview.Data.Importing;

/// <summary>One sample file (path relative to the samples folder, '/' separated) and its import outcome.</summary>
public sealed record SampleFileResult(string RelativePath, ImportResult Result);
