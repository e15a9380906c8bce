namespace LegalReview.Data.Findings;

/// <summary>
/// A provision picked by a reviewer: document, stable id ("" = the whole document) and, when known, the version whose
/// text was read (null = the latest retrieved version).
/// </summary>
public sealed record ProvisionLink(long DocumentId, string StableId, long? VersionId = null);
