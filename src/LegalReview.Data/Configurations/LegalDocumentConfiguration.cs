using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> builder)
    {
        builder.ToTable("Documents");
        builder.Property(d => d.Number).HasMaxLength(100);
        builder.Property(d => d.NormalizedNumber).HasMaxLength(100);
        builder.Property(d => d.Issuer).HasMaxLength(300);
        builder.Property(d => d.TypeName).HasMaxLength(100);
        builder.Property(d => d.Signer).HasMaxLength(200);
        builder.Property(d => d.Territory).HasMaxLength(200);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Validity).HasConversion<string>().HasMaxLength(40);
        builder.Ignore(d => d.LatestVersion);

        // Identity of a document: provincial numbers repeat across provinces, so the issuer is part of the key.
        builder.HasIndex(d => new { d.Issuer, d.NormalizedNumber }).IsUnique();
        builder.HasIndex(d => d.IssuedOn);
        builder.HasIndex(d => d.Type);

        builder.HasMany(d => d.Versions).WithOne(v => v.Document).HasForeignKey(v => v.DocumentId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Bases).WithOne().HasForeignKey(b => b.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
