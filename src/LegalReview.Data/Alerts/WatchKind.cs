namespace LegalReview.Data.Alerts;

/// <summary>What a <see cref="Watch"/> follows.</summary>
public enum WatchKind
{
    /// <summary>One document: new versions, amendments, validity changes, new relations.</summary>
    Document,

    /// <summary>One provision of a document (and the units under it).</summary>
    Provision,

    /// <summary>A saved search (query + filters), evaluated against new or changed provisions only.</summary>
    SavedSearch,

    /// <summary>Documents that guide a document or are based on it (hướng dẫn / căn cứ).</summary>
    Neighbours,
}
