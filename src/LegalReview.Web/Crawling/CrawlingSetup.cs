using LegalReview.Crawlers.Http;
using LegalReview.Web.Accounts;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Crawling;

/// <summary>Crawl sources, their Hangfire jobs and the Sources page.</summary>
public static class CrawlingSetup
{
    public const string SourcesPolicy = "AdminOrLead";

    public static IServiceCollection AddCrawling(this IServiceCollection services)
    {
        services.AddOptions<CrawlersOptions>().BindConfiguration(CrawlersOptions.Section);
        services.AddSingleton<CrawlSourceCatalog>();
        services.AddSingleton<CrawlProgressTracker>();
        // One fetcher per process: it holds the robots.txt cache and the per-host rate limit.
        services.AddSingleton(p => PoliteFetcher.Create(
            p.GetRequiredService<IOptions<CrawlersOptions>>().Value.Fetcher, p.GetRequiredService<TimeProvider>()));
        services.AddScoped<CrawlJob>();
        services.AddScoped<CrawlScheduler>();
        services.AddScoped<AdminAlerts>();
        services.AddAuthorizationBuilder().AddPolicy(SourcesPolicy, p => p.RequireRole(Roles.Admin, Roles.Lead));
        return services;
    }

    /// <summary>Registers the recurring jobs (after migrations, so saved schedules are read).</summary>
    public static async Task ScheduleCrawlsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CrawlScheduler>().RegisterAllAsync(CancellationToken.None);
    }
}
