using LegalReview.Search;
using LegalReview.Search.Elasticsearch;
using LegalReview.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Data.Search;

/// <summary>Registers the search index chosen by configuration, <see cref="SearchIndexing"/> and <see cref="SearchOutboxDrainer"/>.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>Configuration key choosing the engine: Lucene (default) or Elasticsearch.</summary>
    public const string EngineKey = "Search:Engine";

    /// <summary>
    /// Adds <see cref="ISearchIndex"/> as a singleton: Lucene in <c>{data}/search-index</c> by default, Elasticsearch
    /// when <c>Search:Engine=Elasticsearch</c> (then <c>Search:Elasticsearch:Url</c> is required). Call after
    /// <see cref="DataServiceCollectionExtensions.AddLegalReviewData"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Unknown engine or missing Elasticsearch URL.</exception>
    public static IServiceCollection AddLegalReviewSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var engineText = configuration[EngineKey];
        var engine = SearchEngine.Lucene;
        if (!string.IsNullOrWhiteSpace(engineText) && !Enum.TryParse(engineText, ignoreCase: true, out engine))
        {
            throw new InvalidOperationException($"Configuration {EngineKey}='{engineText}' is not supported; use Lucene or Elasticsearch.");
        }

        if (engine == SearchEngine.Elasticsearch)
        {
            var section = configuration.GetSection(ElasticsearchOptions.Section);
            var options = new ElasticsearchOptions();
            options.Url = Uri.TryCreate(section["Url"], UriKind.Absolute, out var url) ? url : null;
            options.DocumentsIndex = section["DocumentsIndex"] is { Length: > 0 } d ? d : options.DocumentsIndex;
            options.ProvisionsIndex = section["ProvisionsIndex"] is { Length: > 0 } p ? p : options.ProvisionsIndex;
            if (options.Url is null)
            {
                throw new InvalidOperationException($"{EngineKey}=Elasticsearch needs {ElasticsearchOptions.Section}:Url (e.g. http://localhost:9200/).");
            }

            services.AddSingleton<ISearchIndex>(_ => new ElasticsearchSearchIndex(new HttpClient { BaseAddress = options.Url }, options));
        }
        else
        {
            services.AddSingleton<ISearchIndex>(sp => new LuceneSearchIndex(sp.GetRequiredService<DatabaseSettings>().DataFolder));
        }

        services.AddScoped<SearchIndexing>();
        services.AddScoped<SearchOutboxDrainer>();
        return services;
    }
}
