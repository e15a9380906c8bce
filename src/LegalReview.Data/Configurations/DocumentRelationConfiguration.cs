using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

internal sealed class DocumentRelationConfiguration : IEntityTypeConfiguration<DocumentRelation>
{
    public void Configure(EntityTypeBuilder<DocumentRelation> builder)
    {
        builder.ToTable("DocumentRelations");
        builder.Property(r => r.TargetNumber).HasMaxLength(100);
        builder.Property(r => r.TargetNormalizedNumber).HasMaxLength(100);
        builder.Property(r => r.TargetTitle).HasMaxLength(1000);
        builder.Property(r => r.SourceProvisionId).HasMaxLength(300);
        builder.Property(r => r.TargetProvisionId).HasMaxLength(300);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(20);

        builder.HasIndex(r => r.SourceDocumentId);
        builder.HasIndex(r => r.TargetDocumentId);
        // Re-resolution looks up edges by the number of a document that has just arrived.
        builder.HasIndex(r => r.TargetNormalizedNumber);
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(r => r.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(r => r.TargetDocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}
