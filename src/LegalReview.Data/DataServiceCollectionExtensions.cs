using LegalReview.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LegalReview.Data;

/// <summary>Registers the database and the import services.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="LegalReviewDbContext"/> for the configured provider, <see cref="DatabaseSettings"/>,
    /// <see cref="DocumentImportService"/> and <see cref="SampleCorpus"/>. Creates the data folder.
    /// </summary>
    public static IServiceCollection AddLegalReviewData(
        this IServiceCollection services, IConfiguration configuration, string? explicitDataFolder = null)
    {
        var settings = DatabaseSettings.FromConfiguration(configuration, explicitDataFolder);
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        // Jobs and the CLI change review data as "system"; the web app replaces this with the signed-in user.
        services.TryAddScoped<Auditing.IAuditUser>(_ => Auditing.FixedAuditUser.System);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<LegalReviewDbContext, PostgresLegalReviewDbContext>((sp, o) =>
                LegalReviewDatabase.Configure(o, settings.Provider, settings.ConnectionString, Auditing.AuditRegistration.Interceptor(sp)));
        }
        else
        {
            services.AddDbContext<LegalReviewDbContext, SqliteLegalReviewDbContext>((sp, o) =>
                LegalReviewDatabase.Configure(o, settings.Provider, settings.ConnectionString, Auditing.AuditRegistration.Interceptor(sp)));
        }

        services.AddScoped<DocumentImportService>();
        services.AddScoped<SampleCorpus>();
        services.AddScoped<Crawling.CrawlIngestionService>();
        services.AddScoped<Crawling.CrawlRunner>();
        return services;
    }

    /// <summary>Applies pending migrations of the configured provider.</summary>
    public static Task MigrateLegalReviewDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        return MigrateAsync(services, ct);

        static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            // kill -9 during a migration must not block every later start (see SqliteMigrationGuard).
            await Reliability.SqliteMigrationGuard.MigrateAsync(db, scope.ServiceProvider.GetRequiredService<DatabaseSettings>(), ct);
        }
    }
}
