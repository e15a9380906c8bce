using LegalReview.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Tests.Reviewing;

/// <summary>Contexts of a <see cref="TestDatabase"/> that audit as a given user with the test's fake clock.</summary>
internal static class AuditedContexts
{
    public static LegalReviewDbContext As(this TestDatabase database, string userName)
    {
        var audit = new AuditSaveChangesInterceptor(new FixedAuditUser(userName), database.Time);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            var pg = new DbContextOptionsBuilder<PostgresLegalReviewDbContext>();
            LegalReviewDatabase.Configure(pg, database.Provider, database.ConnectionString, audit);
            return new PostgresLegalReviewDbContext(pg.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteLegalReviewDbContext>();
        LegalReviewDatabase.Configure(sqlite, database.Provider, database.ConnectionString, audit);
        return new SqliteLegalReviewDbContext(sqlite.Options);
    }
}
