using Microsoft.Extensions.Configuration;

namespace LegalReview.Data;

/// <summary>
/// Which database to use: <c>Database:Provider</c> (Sqlite default, or Postgres) and
/// <c>ConnectionStrings:LegalReview</c> (default for SQLite: legalreview.db in the data folder).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataFolder)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "LegalReview";

    /// <summary>Reads the settings; an unknown provider or a missing PostgreSQL connection string fails clearly.</summary>
    /// <exception cref="InvalidOperationException">The configuration is not usable.</exception>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string? explicitDataFolder = null)
    {
        var folder = Data.DataFolder.Resolve(configuration, explicitDataFolder);
        var providerText = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Configuration {ProviderKey}='{providerText}' is not supported; use Sqlite or Postgres.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? Data.DataFolder.SqliteConnectionString(folder)
                : throw new InvalidOperationException(
                    $"{ProviderKey}=Postgres needs ConnectionStrings:{ConnectionStringName} " +
                    "(e.g. Host=localhost;Username=legalreview;Password=…;Database=legalreview).");
        }

        return new DatabaseSettings(provider, connectionString, folder);
    }
}
