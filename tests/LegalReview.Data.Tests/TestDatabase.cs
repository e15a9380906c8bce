using LegalReview.Data.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace LegalReview.Data.Tests;

/// <summary>
/// A fresh, migrated database for one test: a temporary SQLite file, or a new database on the PostgreSQL server
/// named by LEGALREVIEW_TEST_POSTGRES. Dropped on dispose.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LEGALREVIEW_TEST_POSTGRES";

    private readonly string? _sqliteFolder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>SQLite always; PostgreSQL when the variable is set, or under CI=true where a missing server must fail.</summary>
    public static TheoryData<DatabaseProvider> Providers()
    {
        var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 }
            || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            data.Add(DatabaseProvider.Postgres);
        }

        return data;
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException($"CI=true but {PostgresVariable} is not set.");
            }

            var builder = new NpgsqlConnectionStringBuilder(server) { Database = "lr_test_" + Guid.NewGuid().ToString("N") };
            database = new TestDatabase(provider, builder.ConnectionString, null);
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), "legalreview-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            database = new TestDatabase(provider, DataFolder.SqliteConnectionString(folder), folder);
        }

        await using var db = database.Context();
        await db.Database.MigrateAsync();
        return database;
    }

    public LegalReviewDbContext Context() => LegalReviewDatabase.Create(Provider, ConnectionString);

    public DocumentImportService Importer(LegalReviewDbContext db) =>
        new(db, Time, NullLogger<DocumentImportService>.Instance);

    public async Task<ImportResult> ImportSampleAsync(string relative)
    {
        await using var db = Context();
        var path = RepoPaths.Sample(relative);
        return await Importer(db).ImportAsync(
            Path.GetFileName(path), await File.ReadAllBytesAsync(path), "samples/" + relative, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var db = Context();
            await db.Database.EnsureDeletedAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        if (_sqliteFolder is not null && Directory.Exists(_sqliteFolder))
        {
            Directory.Delete(_sqliteFolder, recursive: true);
        }
    }
}
