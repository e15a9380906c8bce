using LegalReview.Data.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

// Proposals (kiến nghị), their items and revisions: one feature, mapped together.
internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.Property(p => p.Subject).HasMaxLength(1000);
        builder.Property(p => p.Addressees).HasMaxLength(2000);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Response).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.NumberSequence).HasMaxLength(50);
        builder.Property(p => p.ResponseDocument).HasMaxLength(1000);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.ApprovedBy).HasMaxLength(256);
        builder.Property(p => p.RowVersion).IsConcurrencyToken();
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.FindingId);
        builder.HasMany(p => p.Items).WithOne(i => i.Proposal).HasForeignKey(i => i.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Revisions).WithOne(r => r.Proposal).HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProposalItemConfiguration : IEntityTypeConfiguration<ProposalItem>
{
    public void Configure(EntityTypeBuilder<ProposalItem> builder)
    {
        builder.ToTable("ProposalItems");
        builder.Property(i => i.ProvisionStableId).HasMaxLength(300);
        builder.Property(i => i.TargetProvision).HasMaxLength(1000);
        builder.Property(i => i.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.RowVersion).IsConcurrencyToken();
        builder.HasIndex(i => new { i.ProposalId, i.Order });
        builder.HasIndex(i => new { i.DocumentId, i.ProvisionStableId });
    }
}

internal sealed class ProposalRevisionConfiguration : IEntityTypeConfiguration<ProposalRevision>
{
    public void Configure(EntityTypeBuilder<ProposalRevision> builder)
    {
        builder.ToTable("ProposalRevisions");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.RowVersion).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ProposalId, r.Number }).IsUnique();
    }
}
