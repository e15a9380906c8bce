using LegalReview.Data;
using Microsoft.AspNetCore.DataProtection;

namespace LegalReview.Web.Infrastructure;

/// <summary>Database registration and migration at start.</summary>
public static class DatabaseSetup
{
    /// <summary>Registers the configured database (see <see cref="DatabaseSettings"/>) and logs where data lives.</summary>
    public static WebApplicationBuilder AddLegalReviewDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddLegalReviewData(builder.Configuration);
        // Login cookies must survive restarts: keep the data-protection keys next to the database.
        builder.Services.AddDataProtection()
            .SetApplicationName("LegalReview")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataFolder.Resolve(builder.Configuration), "keys")));
        return builder;
    }

    /// <summary>Creates or upgrades the database before the app serves requests.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        app.Logger.LogInformation(
            "Data folder {DataFolder}, database provider {Provider}", settings.DataFolder, settings.Provider);
        await app.Services.MigrateLegalReviewDatabaseAsync(app.Lifetime.ApplicationStopping);
    }
}
