using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using LegalReview.Data;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Importing;

/// <summary>Hangfire (in-memory storage) and the first-start sample import.</summary>
public static class SampleImportSetup
{
    public static IServiceCollection AddSampleImport(this IServiceCollection services)
    {
        services.AddOptions<SamplesOptions>().BindConfiguration(SamplesOptions.Section).ValidateOnStart();
        services.AddSingleton<SampleImportTracker>();
        services.AddScoped<SampleImportJob>();

        // Our own storage instance registered first: Hangfire's AddHangfire also sets a process-wide static
        // storage, which two apps in one process (tests) would otherwise share and run each other's jobs.
        var storage = new InMemoryStorage();
        services.AddSingleton<JobStorage>(storage);
        services.AddHangfire((provider, config) => config
            .UseLogProvider(new ResilientHangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(storage));
        services.AddHangfireServer((provider, options) =>
        {
            options.WorkerCount = 2;
            // Likewise the activator: the global one belongs to whichever app configured Hangfire last.
            options.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
        });
        return services;
    }

    /// <summary>Hangfire dashboard at /hangfire for administrators.</summary>
    public static WebApplication UseSampleImportDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            DashboardTitle = "LegalReview — tác vụ nền",
            AppPath = "/",
        });
        return app;
    }

    /// <summary>When the database has no documents, queues the sample corpus import.</summary>
    public static void EnqueueSampleImportIfEmpty(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<SamplesOptions>>().Value.ImportOnFirstStart)
        {
            return;
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
        if (db.Documents.Any())
        {
            return;
        }

        app.Services.GetRequiredService<SampleImportTracker>().MarkQueued();
        var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Enqueue<SampleImportJob>(job => job.RunAsync(CancellationToken.None));
        app.Logger.LogInformation("Database has no documents; queued sample import job {JobId}", id);
    }
}
