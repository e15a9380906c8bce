using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

internal sealed class InstructionRecordConfiguration : IEntityTypeConfiguration<InstructionRecord>
{
    public void Configure(EntityTypeBuilder<InstructionRecord> builder)
    {
        builder.ToTable("InstructionRecords");
        builder.Property(r => r.AmendingNumber).HasMaxLength(100);
        builder.Property(r => r.SourceProvisionId).HasMaxLength(300);
        builder.Property(r => r.Action).HasMaxLength(40);
        builder.Property(r => r.TargetPath).HasMaxLength(300);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.ProvisionId).HasMaxLength(300);

        builder.HasIndex(r => new { r.BaseDocumentId, r.Status });
        builder.HasIndex(r => r.AmendingDocumentId);
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(r => r.BaseDocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(r => r.AmendingDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
