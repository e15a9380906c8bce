namespace LegalReview.Data.Reviewing;

/// <summary>How a campaign's documents are chosen.</summary>
public enum CampaignScopeKind
{
    /// <summary>Documents picked one by one.</summary>
    ExplicitList,

    /// <summary>Type / issuer / validity / year filters over the document list.</summary>
    Filters,

    /// <summary>A full-text search query (the /search syntax), optionally with the same filters.</summary>
    SearchQuery,
}
