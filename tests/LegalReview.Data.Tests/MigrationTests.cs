using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LegalReview.Data.Tests;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Migrations_EachProvider_MatchTheModel(DatabaseProvider provider)
    {
        // No connection is opened: the model is compared with the provider's migrations snapshot.
        using var db = LegalReviewDatabase.Create(
            provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=none");

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "model changed without a migration: dotnet run --project tools/LegalReview.MigrationsTool -- <Name>");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "LegalReview.Data.Migrations.Sqlite")]
    [InlineData(DatabaseProvider.Postgres, "LegalReview.Data.Migrations.Postgres")]
    public void Migrations_EachProvider_ComeFromItsOwnFolder(DatabaseProvider provider, string expectedNamespace)
    {
        using var db = LegalReviewDatabase.Create(
            provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=none");

        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Values;

        migrations.ShouldNotBeEmpty();
        migrations.ShouldAllBe(t => t.Namespace == expectedNamespace);
    }
}
