using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data;

/// <summary>Creates provider-specific contexts outside dependency injection (CLI, tests, migrations tool).</summary>
public static class LegalReviewDatabase
{
    /// <summary>
    /// Configures <paramref name="options"/> for the provider and the audit trail of review data; used by DI and by
    /// <see cref="Create"/>. Without <paramref name="audit"/> changes are audited as the "system" user.
    /// </summary>
    public static void Configure(
        DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString,
        Auditing.AuditSaveChangesInterceptor? audit = null)
    {
        options.AddInterceptors(audit ?? new Auditing.AuditSaveChangesInterceptor(Auditing.FixedAuditUser.System, TimeProvider.System));
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }

    /// <summary>A new context for the given provider; the caller disposes it.</summary>
    public static LegalReviewDbContext Create(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var pg = new DbContextOptionsBuilder<PostgresLegalReviewDbContext>();
            Configure(pg, provider, connectionString);
            return new PostgresLegalReviewDbContext(pg.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteLegalReviewDbContext>();
        Configure(sqlite, provider, connectionString);
        return new SqliteLegalReviewDbContext(sqlite.Options);
    }

    /// <summary>A new context from <see cref="DatabaseSettings"/>.</summary>
    public static LegalReviewDbContext Create(DatabaseSettings settings) =>
        Create(settings.Provider, settings.ConnectionString);
}
