using LegalReview.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

// The audit trail and the review workflow tables (campaigns, review items, review sheets) live together here.
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.Id });
    }
}

internal sealed class ReviewCampaignConfiguration : IEntityTypeConfiguration<Reviewing.ReviewCampaign>
{
    public void Configure(EntityTypeBuilder<Reviewing.ReviewCampaign> builder)
    {
        builder.ToTable("ReviewCampaigns");
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.ScopeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ScopeQuery).HasMaxLength(1000);
        builder.Property(c => c.ScopeType).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.ScopeIssuer).HasMaxLength(300);
        builder.Property(c => c.ScopeValidity).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Assignees).HasMaxLength(4000);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasMany(c => c.Items).WithOne(i => i.Campaign).HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<Reviewing.ReviewItem>
{
    public void Configure(EntityTypeBuilder<Reviewing.ReviewItem> builder)
    {
        builder.ToTable("ReviewItems");
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.AssignedTo).HasMaxLength(256);
        builder.Property(i => i.Reason).HasMaxLength(2000);
        builder.Property(i => i.LeadComment).HasMaxLength(4000);
        builder.HasOne(i => i.Document).WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.CampaignId, i.DocumentId });
        builder.HasIndex(i => new { i.DocumentId, i.TriggerDocumentId });
        builder.HasIndex(i => i.AssignedTo);
        builder.HasOne(i => i.Sheet).WithOne(s => s.Item).HasForeignKey<Reviewing.ReviewSheet>(s => s.ReviewItemId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.History).WithOne().HasForeignKey(t => t.ReviewItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewItemTransitionConfiguration : IEntityTypeConfiguration<Reviewing.ReviewItemTransition>
{
    public void Configure(EntityTypeBuilder<Reviewing.ReviewItemTransition> builder)
    {
        builder.ToTable("ReviewItemTransitions");
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.UserName).HasMaxLength(256);
        builder.Property(t => t.Comment).HasMaxLength(4000);
    }
}

internal sealed class ReviewSheetConfiguration : IEntityTypeConfiguration<Reviewing.ReviewSheet>
{
    public void Configure(EntityTypeBuilder<Reviewing.ReviewSheet> builder)
    {
        builder.ToTable("ReviewSheets");
        builder.Property(s => s.ReviewingUnit).HasMaxLength(300);
        builder.Property(s => s.BasisDocuments).HasMaxLength(8000);
        builder.Property(s => s.ValidityConclusion).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Conclusion).HasMaxLength(8000);
        builder.Property(s => s.Recommendation).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.CompetentBody).HasMaxLength(300);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(s => s.ReviewItemId).IsUnique();
        builder.HasMany(s => s.Rows).WithOne().HasForeignKey(r => r.ReviewSheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewSheetRowConfiguration : IEntityTypeConfiguration<Reviewing.ReviewSheetRow>
{
    public void Configure(EntityTypeBuilder<Reviewing.ReviewSheetRow> builder)
    {
        builder.ToTable("ReviewSheetRows");
        builder.Property(r => r.ReviewedProvision).HasMaxLength(500);
        builder.Property(r => r.BasisProvision).HasMaxLength(500);
        builder.Property(r => r.Assessment).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Reasoning).HasMaxLength(8000);
        builder.Property(r => r.ProposedHandling).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class ReviewTriggerCursorConfiguration : IEntityTypeConfiguration<Reviewing.ReviewTriggerCursor>
{
    public void Configure(EntityTypeBuilder<Reviewing.ReviewTriggerCursor> builder)
    {
        builder.ToTable("ReviewTriggerCursors");
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
