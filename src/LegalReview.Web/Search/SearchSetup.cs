using Hangfire;
using LegalReview.Data.Search;

namespace LegalReview.Web.Search;

/// <summary>The search index (engine from Search:*), its outbox job and the search page's services.</summary>
public static class SearchSetup
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLegalReviewSearch(configuration);
        services.AddScoped<IndexSyncJob>();
        services.AddSingleton<SearchSyncTrigger>();
        return services;
    }

    /// <summary>
    /// Drains the outbox at start (healing an empty index) and every minute; imports also queue a drain right away
    /// through <see cref="SearchSyncTrigger"/>.
    /// </summary>
    public static void EnqueueIndexSyncAtStart(this WebApplication app)
    {
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<IndexSyncJob>(job => job.RunAsync(true, CancellationToken.None));
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<IndexSyncJob>(IndexSyncJob.RecurringId, job => job.RunAsync(false, CancellationToken.None), Cron.Minutely());
    }
}
