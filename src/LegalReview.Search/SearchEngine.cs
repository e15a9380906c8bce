namespace LegalReview.Search;

/// <summary>Which <see cref="ISearchIndex"/> implementation to use (configuration Search:Engine).</summary>
public enum SearchEngine
{
    /// <summary>Embedded Lucene.NET index in the data folder (default, nothing to install).</summary>
    Lucene,

    /// <summary>Elasticsearch 8 over REST (Search:Elasticsearch:Url).</summary>
    Elasticsearch,
}
