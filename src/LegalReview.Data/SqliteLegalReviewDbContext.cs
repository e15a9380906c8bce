using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LegalReview.Data;

/// <summary>The SQLite flavour of <see cref="LegalReviewDbContext"/>; owns Migrations/Sqlite.</summary>
public sealed class SqliteLegalReviewDbContext(DbContextOptions<SqliteLegalReviewDbContext> options)
    : LegalReviewDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset stored as text; a sortable long keeps queries translatable.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
