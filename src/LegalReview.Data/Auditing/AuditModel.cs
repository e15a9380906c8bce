using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Auditing;

/// <summary>Model conventions for audited entities.</summary>
public static class AuditModel
{
    /// <summary>
    /// Makes <see cref="IAuditable.RowVersion"/> a concurrency token on every entity type implementing
    /// <see cref="IAuditable"/>, so a new kind of review record needs no configuration of its own for it.
    /// </summary>
    public static void ConfigureConcurrencyTokens(ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IAuditable).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            builder.Entity(entityType.ClrType).Property(nameof(IAuditable.RowVersion)).IsConcurrencyToken();
        }
    }
}
