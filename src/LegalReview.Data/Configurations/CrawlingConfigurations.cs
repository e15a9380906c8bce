using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

// Crawl tables are small and internal; their mappings live together here.
internal sealed class ChangeEventConfiguration : IEntityTypeConfiguration<ChangeEvent>
{
    public void Configure(EntityTypeBuilder<ChangeEvent> builder)
    {
        builder.ToTable("ChangeEvents");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Source).HasMaxLength(2048);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.DocumentId);
        builder.HasOne(e => e.Document).WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Version).WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CrawlRunRecordConfiguration : IEntityTypeConfiguration<CrawlRunRecord>
{
    public void Configure(EntityTypeBuilder<CrawlRunRecord> builder)
    {
        builder.ToTable("CrawlRuns");
        builder.Property(r => r.SourceId).HasMaxLength(100);
        builder.Property(r => r.RunId).HasMaxLength(64);
        builder.Property(r => r.Trigger).HasMaxLength(20);
        builder.Property(r => r.UnhealthyReason).HasMaxLength(500);
        builder.HasIndex(r => r.RunId).IsUnique();
        builder.HasIndex(r => new { r.SourceId, r.Id });
    }
}

internal sealed class CrawlFrontierItemConfiguration : IEntityTypeConfiguration<CrawlFrontierItem>
{
    public void Configure(EntityTypeBuilder<CrawlFrontierItem> builder)
    {
        builder.ToTable("CrawlFrontier");
        builder.Property(f => f.SourceId).HasMaxLength(100);
        builder.Property(f => f.Url).HasMaxLength(2048);
        builder.Property(f => f.Kind).HasMaxLength(40);
        // One row per URL and source: the database itself refuses a duplicate in the frontier.
        builder.HasIndex(f => new { f.SourceId, f.Url }).IsUnique();
        builder.HasIndex(f => new { f.SourceId, f.Done, f.Id });
    }
}

internal sealed class CrawlUrlRecordConfiguration : IEntityTypeConfiguration<CrawlUrlRecord>
{
    public void Configure(EntityTypeBuilder<CrawlUrlRecord> builder)
    {
        builder.ToTable("CrawlUrls");
        builder.Property(u => u.SourceId).HasMaxLength(100);
        builder.Property(u => u.Url).HasMaxLength(2048);
        builder.Property(u => u.ContentHash).HasMaxLength(64);
        builder.Property(u => u.ETag).HasMaxLength(300);
        builder.HasIndex(u => new { u.SourceId, u.Url }).IsUnique();
    }
}

internal sealed class CrawlFaultRecordConfiguration : IEntityTypeConfiguration<CrawlFaultRecord>
{
    public void Configure(EntityTypeBuilder<CrawlFaultRecord> builder)
    {
        builder.ToTable("CrawlFaults");
        builder.Property(f => f.SourceId).HasMaxLength(100);
        builder.Property(f => f.RunId).HasMaxLength(64);
        builder.Property(f => f.Url).HasMaxLength(2048);
        builder.Property(f => f.Kind).HasMaxLength(40);
        builder.Property(f => f.Message).HasMaxLength(2000);
        builder.HasIndex(f => new { f.SourceId, f.RunId });
    }
}

internal sealed class CrawledItemConfiguration : IEntityTypeConfiguration<CrawledItem>
{
    public void Configure(EntityTypeBuilder<CrawledItem> builder)
    {
        builder.ToTable("CrawledItems");
        builder.Property(i => i.SourceId).HasMaxLength(100);
        builder.Property(i => i.Url).HasMaxLength(2048);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.Fingerprint).HasMaxLength(64);
        builder.Property(i => i.Outcome).HasMaxLength(600);
        builder.HasIndex(i => new { i.Url, i.Fingerprint }).IsUnique();
        builder.HasOne(i => i.Document).WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CrawlSourceScheduleConfiguration : IEntityTypeConfiguration<CrawlSourceSchedule>
{
    public void Configure(EntityTypeBuilder<CrawlSourceSchedule> builder)
    {
        builder.ToTable("CrawlSchedules");
        builder.HasKey(s => s.SourceId);
        builder.Property(s => s.SourceId).HasMaxLength(100);
        builder.Property(s => s.Cron).HasMaxLength(100);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class AdminAlertConfiguration : IEntityTypeConfiguration<AdminAlert>
{
    public void Configure(EntityTypeBuilder<AdminAlert> builder)
    {
        builder.ToTable("AdminAlerts");
        builder.Property(a => a.Origin).HasMaxLength(200);
        builder.Property(a => a.Message).HasMaxLength(1000);
        builder.HasIndex(a => a.AcknowledgedAt);
    }
}
