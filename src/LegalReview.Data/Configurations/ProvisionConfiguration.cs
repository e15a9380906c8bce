using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

internal sealed class ProvisionConfiguration : IEntityTypeConfiguration<Provision>
{
    public void Configure(EntityTypeBuilder<Provision> builder)
    {
        builder.ToTable("Provisions");
        builder.Property(p => p.StableId).HasMaxLength(300);
        builder.Property(p => p.ParentStableId).HasMaxLength(300);
        builder.Property(p => p.Label).HasMaxLength(50);
        builder.Property(p => p.Heading).HasMaxLength(2000);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);

        builder.HasIndex(p => new { p.VersionId, p.StableId });
        builder.HasIndex(p => new { p.VersionId, p.Order });
    }
}
