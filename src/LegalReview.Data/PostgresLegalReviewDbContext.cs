using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data;

/// <summary>The PostgreSQL flavour of <see cref="LegalReviewDbContext"/>; owns Migrations/Postgres.</summary>
public sealed class PostgresLegalReviewDbContext(DbContextOptions<PostgresLegalReviewDbContext> options)
    : LegalReviewDbContext(options);
