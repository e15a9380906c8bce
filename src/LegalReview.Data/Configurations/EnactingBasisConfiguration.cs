using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

internal sealed class EnactingBasisConfiguration : IEntityTypeConfiguration<EnactingBasis>
{
    public void Configure(EntityTypeBuilder<EnactingBasis> builder)
    {
        builder.ToTable("EnactingBases");
        builder.Property(b => b.CitedType).HasMaxLength(100);
        builder.Property(b => b.CitedNumber).HasMaxLength(100);
        builder.HasIndex(b => new { b.DocumentId, b.Order });
        builder.HasIndex(b => b.CitedNumber);
    }
}
