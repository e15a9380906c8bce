using LegalReview.Data.Search;

namespace LegalReview.Web.Search;

/// <summary>The search index (engine from Search:*), its sync job and the search page's services.</summary>
public static class SearchSetup
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLegalReviewSearch(configuration);
        services.AddScoped<IndexSyncJob>();
        services.AddSingleton<SearchSyncTrigger>();
        return services;
    }

    /// <summary>Brings the index up to date at start (it is derived data: a lost or old index heals itself).</summary>
    public static void EnqueueIndexSyncAtStart(this WebApplication app) =>
        app.Services.GetRequiredService<SearchSyncTrigger>().Enqueue("start");
}
