using LegalReview.Data.Alerts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

// Alert tables (issue #8) are small and belong together.
internal sealed class WatchConfiguration : IEntityTypeConfiguration<Watch>
{
    public void Configure(EntityTypeBuilder<Watch> builder)
    {
        builder.ToTable("AlertWatches");
        builder.Property(w => w.UserId).HasMaxLength(450);
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Name).HasMaxLength(300);
        builder.Property(w => w.ProvisionId).HasMaxLength(300);
        builder.Property(w => w.Query).HasMaxLength(1000);
        builder.Property(w => w.FilterType).HasMaxLength(100);
        builder.Property(w => w.FilterIssuer).HasMaxLength(300);
        builder.Property(w => w.FilterValidity).HasMaxLength(100);
        builder.Property(w => w.FilterTopic).HasMaxLength(200);
        builder.Property(w => w.FeedToken).HasMaxLength(64);
        builder.HasIndex(w => w.FeedToken).IsUnique();
        builder.HasIndex(w => new { w.UserId, w.Kind });
        builder.HasIndex(w => w.DocumentId);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertNotificationConfiguration : IEntityTypeConfiguration<AlertNotification>
{
    public void Configure(EntityTypeBuilder<AlertNotification> builder)
    {
        builder.ToTable("AlertNotifications");
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Title).HasMaxLength(1000);
        builder.Property(n => n.Reason).HasMaxLength(2000);
        builder.Property(n => n.ProvisionIds).HasMaxLength(4000);
        // One notification per watch and change event, per user and admin alert: the matcher's idempotence.
        builder.HasIndex(n => new { n.WatchId, n.ChangeEventId }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.AdminAlertId }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasOne(n => n.Watch).WithMany().HasForeignKey(n => n.WatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.ToTable("AlertDeliveries");
        builder.Property(d => d.Channel).HasMaxLength(20);
        builder.Property(d => d.Batch).HasMaxLength(64);
        builder.HasIndex(d => new { d.NotificationId, d.Channel }).IsUnique();
        builder.HasOne<AlertNotification>().WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertCursorConfiguration : IEntityTypeConfiguration<AlertCursor>
{
    public void Configure(EntityTypeBuilder<AlertCursor> builder)
    {
        builder.ToTable("AlertCursors");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(40);
    }
}

internal sealed class AlertSubscriberConfiguration : IEntityTypeConfiguration<AlertSubscriber>
{
    public void Configure(EntityTypeBuilder<AlertSubscriber> builder)
    {
        builder.ToTable("AlertSubscribers");
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.FeedToken).HasMaxLength(64);
        builder.HasIndex(s => s.FeedToken).IsUnique();
        builder.HasOne<IdentityUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
