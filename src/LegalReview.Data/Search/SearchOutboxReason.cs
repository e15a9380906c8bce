namespace LegalReview.Data.Search;

/// <summary>Values of <see cref="SearchOutboxEntry.Reason"/>.</summary>
public static class SearchOutboxReason
{
    /// <summary>A new document or a new version was imported.</summary>
    public const string Imported = "imported";

    /// <summary>The document's consolidated versions were recomputed by another document's import.</summary>
    public const string Consolidated = "consolidated";

    /// <summary>A crawl changed the document's validity status.</summary>
    public const string ValidityChanged = "validity-changed";

    /// <summary>The index was empty while the database held documents (new or lost index).</summary>
    public const string Rebuild = "rebuild";
}
