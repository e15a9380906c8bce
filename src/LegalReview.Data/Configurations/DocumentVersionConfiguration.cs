using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> builder)
    {
        builder.ToTable("DocumentVersions");
        builder.Property(v => v.Source).HasMaxLength(2000);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.Property(v => v.TextSha256).HasMaxLength(64);
        builder.Property(v => v.FileName).HasMaxLength(500);
        builder.Property(v => v.MediaType).HasMaxLength(200);

        builder.Property(v => v.ConsolidatedFrom).HasMaxLength(1000);
        builder.HasIndex(v => new { v.DocumentId, v.VersionNumber }).IsUnique();
        // Looked up on every import to tell an unchanged text from a new version.
        builder.HasIndex(v => new { v.DocumentId, v.TextSha256 });

        builder.HasMany(v => v.Provisions).WithOne(p => p.Version).HasForeignKey(p => p.VersionId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
