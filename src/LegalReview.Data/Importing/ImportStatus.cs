namespace LegalReview.Data.Importing;

/// <summary>What an import did.</summary>
public enum ImportStatus
{
    /// <summary>A document not seen before; version 1 created.</summary>
    New,

    /// <summary>A known document with a different text; a new version created.</summary>
    NewVersion,

    /// <summary>A known document whose text matches an existing version; nothing written.</summary>
    Unchanged,

    /// <summary>The file is not an importable legal document; nothing written.</summary>
    Rejected,
}
